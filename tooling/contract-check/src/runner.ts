/**
 * Sends a request, then judges the answer against the contract: the status must be one the operation
 * declares (or its `default`), the body must match that response's schema, and errors must be
 * application/problem+json.
 */
import type { ContractValidator } from '@fawang/contract/validation';
import type { HttpSession, Received, Sent } from './session.js';

export interface CheckResult {
  name: string;
  operationId: string;
  status: number | null;
  ok: boolean;
  problems: string[];
}

export class Runner {
  readonly results: CheckResult[] = [];

  constructor(private readonly contract: ContractValidator) {}

  async check(
    session: HttpSession,
    name: string,
    operationId: string,
    request: Sent,
    expected: number[],
  ): Promise<Received | undefined> {
    const problems: string[] = [];
    let received: Received | undefined;
    try {
      received = await session.send(request);
    } catch (error) {
      problems.push(`request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (received) {
      if (!expected.includes(received.status)) problems.push(`expected status ${expected.join(' or ')}, got ${received.status}`);
      const verdict = this.contract.checkResponse(operationId, received.status, received.contentType, received.body);
      problems.push(...verdict);
    }
    this.results.push({ name, operationId, status: received?.status ?? null, ok: problems.length === 0, problems });
    return received;
  }

  /** Records a check that could not run because an earlier step failed, so it is not silently missing. */
  skip(name: string, operationId: string, reason: string) {
    this.results.push({ name, operationId, status: null, ok: false, problems: [`not run: ${reason}`] });
  }
}
