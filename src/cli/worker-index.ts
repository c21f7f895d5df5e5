/** Environment variable telling a `serve --workers N` worker its index (0…N-1); worker 0 prints the startup summary. */
export const workerIndexVariable = "SWITCHYARD_WORKER_INDEX";
