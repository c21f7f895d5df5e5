/**
 * A function named after a family and called in code (`llama3_1_example();`, `await run_gemma3_demo()`): the name is the
 * code's own, as its definition (`function llama3_1_example()`) is; the model the function loads is found where it is set
 * (label guide, round twenty-four). Only a bare identifier outside quotes, not a method (`.llama3()`) nor a path, followed
 * by its arguments. The name must also say it is the code's own routine, not a model's constructor (`model = Llama3_8B()`,
 * `gemma3()` build or load a model): the file defines it (`def llama3_chat():`), or a word such as example, demo, test, run or
 * main is in it (hardened after the second review).
 */
const ownRoutineWord = /example|demo|test|run|main/i;
const identifier = /^[A-Za-z_$][\w$]*$/;
const bareNameBefore = /(?:^|[\s;{}(=!&|,?:]|\bawait\s|\breturn\s)$/;
const callAfter = /^\s*\(/;

export function isCalledFunctionName(options: { text: string; before: string; after: string; defined?: ReadonlySet<string> }): boolean {
  return identifier.test(options.text) && (ownRoutineWord.test(options.text) || options.defined?.has(options.text) === true) && callAfter.test(options.after) && bareNameBefore.test(options.before);
}
