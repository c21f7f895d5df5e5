/**
 * A command that inspects or deletes a local model cache (`mlx_lm.manage --scan --pattern …`, `--delete --pattern …`,
 * `huggingface-cli delete-cache`, `hf cache rm …`) names cached models to list or remove; it loads none (label guide,
 * round twenty-one).
 */
export function isCacheManagementCommand(text: string): boolean {
  return cacheCommand.test(text);
}

const cacheCommand = /(?:^|[\s`])--(?:scan|delete)\b.*\s--pattern\b|\b(?:scan|delete)-cache\b|\bcache\s+(?:rm|delete|scan)\b/;
