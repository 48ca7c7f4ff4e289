// A stand-in for @actions/core, for running the action's run() in-process (as the
// actions/typescript-action template does with jest.unstable_mockModule): it holds the
// inputs (run() reads them as the runner's INPUT_* variables, see inputEnv) and records what
// the action tells the runner.
import { jest } from '@jest/globals';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  props?: Record<string, unknown>;
}

export interface CoreRecord {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  failed: string[];
  annotations: Annotation[];
  info: string[];
  secrets: string[];
  summary: string;
}

export interface FakeCore {
  record: CoreRecord;
  /** The module to hand to jest.unstable_mockModule('@actions/core', ...). */
  module: Record<string, unknown>;
  /** Forget everything recorded and use these inputs. */
  reset(inputs: Record<string, string>): void;
  /** The inputs as the runner hands them over: INPUT_<NAME> variables, for run()'s env. */
  inputEnv(): Record<string, string>;
}

export function fakeCore(): FakeCore {
  const record: CoreRecord = { inputs: {}, outputs: {}, failed: [], annotations: [], info: [], secrets: [], summary: '' };
  const annotate = (level: Annotation['level']) => (message: string | Error, props?: Record<string, unknown>) => {
    record.annotations.push({ level, message: String(message), ...(props && { props }) });
  };
  let pending = '';
  const summary = {
    addRaw(text: string, eol = false) {
      pending += text + (eol ? '\n' : '');
      return summary;
    },
    async write() {
      record.summary += pending;
      pending = '';
      return summary;
    },
  };
  const module = {
    setOutput: jest.fn((name: string, value: unknown) => void (record.outputs[name] = String(value))),
    setFailed: jest.fn((message: string | Error) => void record.failed.push(String(message))),
    setSecret: jest.fn((secret: string) => void record.secrets.push(secret)),
    info: jest.fn((message: string) => void record.info.push(message)),
    debug: jest.fn(),
    error: jest.fn(annotate('error')),
    warning: jest.fn(annotate('warning')),
    notice: jest.fn(annotate('notice')),
    summary,
  };
  return {
    record,
    module,
    reset(inputs) {
      Object.assign(record, { inputs, outputs: {}, failed: [], annotations: [], info: [], secrets: [], summary: '' });
      pending = '';
    },
    inputEnv: () => Object.fromEntries(Object.entries(record.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
  };
}
