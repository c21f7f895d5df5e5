/**
 * A process or serving registered under a module name the user picks (`serving: Llama2ChatModel,`, `name: Llama`
 * in `{Nx.Serving, serving: serving, name: Llama}`): a name, not the model it runs (label guide, round twenty: the
 * `Nx.Serving` process names are names). The model the serving loads is set where it is built. Only a bare module name
 * (no quotes, no path, no dash) as the key's whole value counts.
 */
const servingNameLine = /^\s*(?:[{[]\s*)?(?:[\w.]+\s*,\s*)?(?:serving\s*:\s*\w+\s*,\s*)?(?:serving|name)\s*:\s*[A-Z][A-Za-z0-9]*\s*[,}\]]*\s*$/;

export function isServingNameLine(text: string): boolean {
  return (text.includes("serving") || text.includes("name")) && servingNameLine.test(text);
}
