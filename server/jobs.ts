// The server's daily jobs (the digest of deadlines, the retention run for personal data) at an hour in Norway.
// Timers do not keep the process alive; a failed run is logged and tried again the next day.
import { nextDailyRun } from "~/domain/daily-schedule";
import { logger } from "~/.server/logger";

export interface DailyJob {
  name: string;
  /** 0–23 (Norwegian time), or null for no timer. */
  hour: number | null;
  run: () => unknown;
}

export interface DailyJobs {
  /** The jobs with a timer and when each runs next. */
  scheduled(): { name: string; next: Date }[];
  stop(): void;
}

export function scheduleDailyJobs(jobs: DailyJob[], now: () => Date = () => new Date()): DailyJobs {
  const timers = new Map<string, { timer: NodeJS.Timeout; next: Date }>();
  let stopped = false;
  const schedule = (job: DailyJob, after: Date) => {
    if (job.hour === null || stopped) return;
    const next = nextDailyRun(after, job.hour);
    const timer = setTimeout(() => {
      void Promise.resolve()
        .then(job.run)
        .catch((error: unknown) => logger.error(`the ${job.name} failed`, { error }))
        // A minute on, so a timer that fires a little early cannot run the same day twice.
        .finally(() => schedule(job, new Date(now().getTime() + 60_000)));
    }, Math.max(0, next.getTime() - now().getTime()));
    timer.unref();
    timers.set(job.name, { timer, next });
    logger.info("daily job scheduled", { job: job.name, next: next.toISOString() });
  };
  for (const job of jobs) schedule(job, now());
  return {
    scheduled: () => [...timers].map(([name, { next }]) => ({ name, next })),
    stop() {
      stopped = true;
      for (const { timer } of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
