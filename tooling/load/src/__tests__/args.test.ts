import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseLoadArgs, UsageError } from '../args.js';

describe('parseLoadArgs', () => {
  it('defaults to 200 users for 60 seconds and the docs/perf report', () => {
    expect(parseLoadArgs([])).toEqual({ users: 200, durationSeconds: 60, reportPath: 'docs/perf/legal-aid-load.md', database: 'pglite', workers: 1 });
    expect(DEFAULT_OPTIONS.users).toBe(200);
  });

  it('reads --users, --duration and --report in either form', () => {
    expect(parseLoadArgs(['--users', '20', '--duration=5', '--report', '/tmp/trial.md'])).toEqual({
      users: 20,
      durationSeconds: 5,
      reportPath: '/tmp/trial.md',
      database: 'pglite',
      workers: 1,
    });
  });

  it('runs several workers on PostgreSQL only', () => {
    expect(parseLoadArgs(['--database', 'postgres', '--workers', '2'])).toMatchObject({ database: 'postgres', workers: 2 });
    expect(() => parseLoadArgs(['--workers', '2'])).toThrow(/--workers above 1 needs --database postgres/);
    expect(() => parseLoadArgs(['--database', 'mysql'])).toThrow(/--database must be pglite or postgres/);
  });

  it.each([
    [['--users', '0'], /--users must be an integer from 1 to 2000, got "0"/],
    [['--users', '2001'], /--users must be an integer from 1 to 2000/],
    [['--users', '1.5'], /--users must be an integer/],
    [['--users', 'many'], /--users must be an integer/],
    [['--duration=-3'], /--duration must be an integer from 1 to 3600, got "-3"/],
    [['--duration', ''], /--duration must be an integer/],
    [['--report', 'out.json'], /--report must name a \.md file/],
    [['--workers', '0'], /--workers must be an integer from 1 to 16/],
  ])('rejects %j naming the option', (argv, message) => {
    expect(() => parseLoadArgs(argv)).toThrow(UsageError);
    expect(() => parseLoadArgs(argv)).toThrow(message);
  });

  it('rejects unknown options and positional arguments', () => {
    expect(() => parseLoadArgs(['--connections', '5'])).toThrow(UsageError);
    expect(() => parseLoadArgs(['200'])).toThrow(UsageError);
  });
});
