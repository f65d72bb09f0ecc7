// A loopback server whose behaviour is chosen per request: each test registers a scenario and
// calls the connection id it gets back, so one server serves a whole matrix of faults.
import type { IncomingMessage, ServerResponse } from "node:http";
import { startServer } from "./local-server.js";
import type { LocalServer } from "./local-server.js";

const ITEM_PATH = "/beta/networkAccess/logs/connections/";

/** Answers one request; `attempt` counts the requests this scenario received, from 1. */
export type Scenario = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

export interface ScenarioServer {
  readonly server: LocalServer;
  /** Registers a scenario and returns the connection id that triggers it. */
  scenario(behaviour: Scenario): string;
  /** How many requests the scenario behind `id` received. */
  attempts(id: string): number;
}

export async function startScenarioServer(): Promise<ScenarioServer> {
  const scenarios = new Map<string, { behaviour: Scenario; attempts: number }>();
  const server = await startServer((request, response) => {
    const id = decodeURIComponent((request.url ?? "").split("?")[0]?.slice(ITEM_PATH.length) ?? "");
    const entry = scenarios.get(id);
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    entry.attempts += 1;
    entry.behaviour(request, response, entry.attempts);
  });
  return {
    server,
    scenario(behaviour) {
      const id = `scenario-${scenarios.size + 1}`;
      scenarios.set(id, { behaviour, attempts: 0 });
      return id;
    },
    attempts: (id) => scenarios.get(id)?.attempts ?? 0,
  };
}
