/** Issue 10's targets for the read/write mix: edits answered fast, reads keeping most of their rate beside them. */
export const TARGET_EDIT_P99_MS = 50;
export const TARGET_READ_RATIO = 0.8;

/** Whether a run is judged against the targets: only with the response cache off, else cache hits are measured. */
export const judged = (run: { responseCache: boolean }) => !run.responseCache;
