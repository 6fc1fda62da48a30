// Assignments given by a client (on an observation or a user-defined suggestion) are
// checked against the experiment's parameters and stored with keys in parameter order.
import type { Assignments } from '../../shared/api-types';
import { badRequest } from '../http/errors';
import { assignmentProblem, type ExperimentDefinition } from './definition';

export function checkAssignments(
  definition: ExperimentDefinition,
  input: Record<string, number | string>,
): Assignments {
  const known = new Set(definition.parameters.map((parameter) => parameter.name));
  const unknown = Object.keys(input).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw badRequest(
      `Unknown parameter names in assignments: ${unknown.map((name) => `\`${name}\``).join(', ')}`,
    );
  }

  const assignments: Assignments = {};
  for (const parameter of definition.parameters) {
    const value = input[parameter.name];
    if (value === undefined) {
      throw badRequest(`assignments is missing the parameter \`${parameter.name}\``);
    }
    const problem = assignmentProblem(parameter, value);
    if (problem) throw badRequest(`assignments.${parameter.name} ${problem}`);
    assignments[parameter.name] = value;
  }
  return assignments;
}
