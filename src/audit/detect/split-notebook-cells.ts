export interface NotebookCell {
  readonly index: number;
  readonly type: "code" | "markdown" | "raw";
  readonly source: string;
}

/**
 * A Jupyter notebook's cell sources, so detectors see the code as written: ids in the
 * JSON are escaped (`\"meta-llama/…\"`) and split over array items, which is why
 * raw-text scanners miss or mis-locate them. Outputs are not scanned: they record
 * what ran, not what the code depends on. Returns undefined for invalid JSON.
 */
export function splitNotebookCells(text: string): NotebookCell[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || !("cells" in parsed) || !Array.isArray(parsed.cells)) return undefined;
  const cells: NotebookCell[] = [];
  (parsed.cells as unknown[]).forEach((cell, index) => {
    if (typeof cell !== "object" || cell === null) return;
    const type = "cell_type" in cell && (cell.cell_type === "markdown" || cell.cell_type === "raw") ? cell.cell_type : "code";
    const source = "source" in cell ? cell.source : "";
    const joined = Array.isArray(source) ? source.filter((part): part is string => typeof part === "string").join("") : typeof source === "string" ? source : "";
    cells.push({ index, type, source: joined });
  });
  return cells;
}
