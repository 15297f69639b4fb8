import path from "node:path";
import { fileURLToPath } from "node:url";

/** The trained model shipped in the repository (models/predictor.json), found from the installed package. */
export const DEFAULT_PREDICTOR_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "models", "predictor.json");
