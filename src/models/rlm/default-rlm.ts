import path from "node:path";
import { fileURLToPath } from "node:url";

/** The shipped Regression Language Model (models/rlm.json.gz), found from the installed package. */
export const DEFAULT_RLM_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "models", "rlm.json.gz");
