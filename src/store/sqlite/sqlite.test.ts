import { runStoreContract } from "../store.contract.js";
import { createSqliteStore } from "./index.js";

runStoreContract("sqlite", () => createSqliteStore(":memory:"));
