CREATE INDEX `exchanges_awaiting_reply_idx` ON `exchanges` (`requested_authority_id`,`status`,`due_on`) WHERE type <> 'alert';--> statement-breakpoint
CREATE INDEX `exchanges_requested_sent_idx` ON `exchanges` (`requested_authority_id`,`sent_on`);--> statement-breakpoint
CREATE INDEX `exchanges_requesting_sent_idx` ON `exchanges` (`requesting_authority_id`,`sent_on`);--> statement-breakpoint
CREATE INDEX `inspections_open_partner_due_idx` ON `inspections` (`partner_authority_id`,(case status when 'requested' then response_due_on when 'conducted' then report_due_on else null end)) WHERE status not in ('closed', 'declined', 'withdrawn');--> statement-breakpoint
CREATE INDEX `inspections_open_requesting_due_idx` ON `inspections` (`requesting_authority_id`,(case status when 'requested' then response_due_on when 'conducted' then report_due_on else null end)) WHERE status not in ('closed', 'declined', 'withdrawn');--> statement-breakpoint
CREATE INDEX `inspections_partner_requested_idx` ON `inspections` (`partner_authority_id`,`requested_on`);--> statement-breakpoint
CREATE INDEX `inspections_requesting_requested_idx` ON `inspections` (`requesting_authority_id`,`requested_on`);