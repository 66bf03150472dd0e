/** Node entry of the CLI: wires the real shells (DNS over HTTPS) into `main` and exits. */
import { main } from "./main";

export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`todoku: internal error (${e instanceof Error ? e.message : String(e)})\n`);
      process.exitCode = 2;
    }
  );
}
