import { findToolchain, type Toolchain } from "../llvm/toolchain.js";

/** Options every command accepts, read once from flags and the environment. */
export interface GlobalOptions {
  llvmBin?: string;
  json: boolean;
  debug: boolean;
  /** No progress output on stderr. */
  quiet: boolean;
}

export function readGlobalOptions(flags: { llvmBin?: string; json?: boolean; debug?: boolean; quiet?: boolean }, env: NodeJS.ProcessEnv): GlobalOptions {
  const llvmBin = flags.llvmBin ?? env.PASSWISE_LLVM_BIN;
  return { ...(llvmBin ? { llvmBin } : {}), json: flags.json ?? false, debug: flags.debug ?? false, quiet: flags.quiet ?? false };
}

export function cliToolchain(options: GlobalOptions): Promise<Toolchain> {
  return findToolchain({ ...(options.llvmBin ? { llvmBin: options.llvmBin } : {}), searchPath: process.env.PATH ?? "" });
}
