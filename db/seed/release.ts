// One content release from the repository into a database: the register of legal figures first (pages and the
// search index render figures from it), then the rights pages, then the search index of every page again (a
// figure's new value may have taken effect since the last start). Run at every server start and by
// `npm run content:release`.
import type { Connection } from "../connection";
import { readLegalFigures } from "../legal-figures";
import { reindexAllTopics } from "../rights-search";
import { CONTENT_ROOT, seedRightsContent, type ContentReleaseResult } from "./content";
import { seedLegalFigures, type FigureSeedResult } from "./figures";

export function releaseRepositoryContent(
  connection: Connection,
  options: { now?: Date; contentRoot?: string; figures?: Parameters<typeof seedLegalFigures>[1] } = {},
): { figures: FigureSeedResult; content: ContentReleaseResult } {
  const now = options.now ?? new Date();
  const figures = seedLegalFigures(connection, options.figures, now);
  const content = seedRightsContent(connection, now, options.contentRoot ?? CONTENT_ROOT);
  reindexAllTopics(connection.sqlite, readLegalFigures(connection.sqlite));
  return { figures, content };
}
