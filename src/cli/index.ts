/**
 * The `vigil` command line. Each command lives in its own module and registers itself on the program.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from './errors.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerGazetteer } from './gazetteer.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('vigil')
    .description('Reads conflict news reports and codes the events they describe in ACLED\'s schema.')
    .exitOverride()
    .showHelpAfterError();
  registerExtract(program);
  registerGazetteer(program);
  registerEval(program);
  registerIngest(program);
  registerServe(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError) {
      process.stderr.write(`vigil: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
