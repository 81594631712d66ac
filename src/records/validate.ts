import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv2020 } from '../resources/ajv';
import schema from '../../schemas/extraction.schema.json';

/** The JSON Schema (draft 2020-12) of an Extraction. */
export const extractionSchema: object = schema;

let validator: ValidateFunction | null = null;

export interface ValidationResult {
  valid: boolean;
  errors: ErrorObject[];
}

/** Checks a value against schemas/extraction.schema.json with ajv (loaded on first use). */
export function validateExtraction(value: unknown): ValidationResult {
  validator ??= new (ajv2020())({ allErrors: true, strict: true }).compile(schema);
  const valid = validator(value) as boolean;
  return { valid, errors: valid ? [] : [...(validator.errors ?? [])] };
}
