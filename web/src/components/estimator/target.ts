/**
 * What the estimator prices: a catalogue service, a request category or a typical work, with
 * just what the form needs to know about it.
 */
import type { LabourMode } from '../../gql/graphql';
import { formatDecimal } from '../../lib/decimal-format';

/** A package maximum the planned course is checked against. */
export interface PlanLimit {
  key: string;
  title: string;
  max: number;
}

export interface ServiceTarget {
  kind: 'service';
  code: string;
  labourMode: LabourMode;
  fixedHours: string | null;
  /** The service takes K from a request category (2.9). */
  coefficientByCategory: boolean;
  limits: readonly PlanLimit[];
}

export interface CategoryTarget {
  kind: 'category';
  id: string;
}

export interface TypicalWorkTarget {
  kind: 'typicalWork';
  id: string;
  /** Hours of one unit of the work, used when the person gives none. */
  hours: string;
  unit: string;
  /** The hours are an example figure that staff have yet to set. */
  sample: boolean;
}

export type EstimateTarget = ServiceTarget | CategoryTarget | TypicalWorkTarget;

/** A fixed-labour service is charged its own hours; everything else needs hours. */
export function asksForHours(target: EstimateTarget): boolean {
  return target.kind !== 'service' || target.labourMode !== 'FIXED';
}

/** Hours are required except for a typical work, which has hours of its own. */
export function requiresHours(target: EstimateTarget): boolean {
  return asksForHours(target) && target.kind !== 'typicalWork';
}

export function limitsOf(target: EstimateTarget): readonly PlanLimit[] {
  return target.kind === 'service' ? target.limits : [];
}

/** Identifies a target: when it changes, the form drops what belonged to the old one. */
export function targetKey(target: EstimateTarget): string {
  return target.kind === 'service' ? `service:${target.code}` : `${target.kind}:${target.id}`;
}

/** The hours the form fills in before anyone types: a typical work's own, else none. */
export function defaultHours(target: EstimateTarget): string {
  return target.kind === 'typicalWork' ? formatDecimal(target.hours) : '';
}

/**
 * The field holds hours a person typed, not ones the form filled in (`filled`) nor none. Typed
 * hours outlive a change of target, so that one figure can be priced as a service, a category
 * and a typical work in turn.
 */
export function typedHours(current: string, filled: string): boolean {
  return current.trim() !== '' && current !== filled;
}
