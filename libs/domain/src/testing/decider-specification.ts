import { RuleViolation } from '../errors';
import type { Command, Decider, DomainEvent } from '../decider';

/**
 * Given/when/then for deciders, after emmett's DeciderSpecification:
 *   spec.given([...past events]).when(command).then([...new events])
 *   spec.given([...]).when(command).thenThrows('SELF_CONFIRMATION')
 */
export const DeciderSpecification = {
  for<State, Cmd extends Command, Event extends DomainEvent>(decider: Decider<State, Cmd, Event>) {
    return {
      given(events: readonly Event[]) {
        return {
          when(command: Cmd) {
            const run = () => {
              let state = decider.initialState();
              for (const event of events) state = decider.evolve(state, event);
              return decider.decide(command, state);
            };
            return {
              then(expected: readonly Event[]): void {
                expect(run()).toEqual(expected);
              },
              thenEvents(check: (events: readonly Event[]) => void): void {
                check(run());
              },
              thenNothingHappens(): void {
                expect(run()).toEqual([]);
              },
              thenThrows(code: string): void {
                let thrown: unknown;
                try {
                  run();
                } catch (error) {
                  thrown = error;
                }
                expect(thrown).toBeInstanceOf(RuleViolation);
                expect((thrown as RuleViolation).code).toBe(code);
              },
            };
          },
        };
      },
    };
  },
};
