import { isRatCompliant } from './rat-compliance';

describe('isRatCompliant', () => {
  it('holds when the RAT of the last closed fiscal year was held, or later', () => {
    expect(isRatCompliant({ lastAnnualMeetingYear: 2025, establishedOn: '2001-03-01' }, 2026)).toBe(true);
    expect(isRatCompliant({ lastAnnualMeetingYear: 2026, establishedOn: '2001-03-01' }, 2026)).toBe(true);
    expect(isRatCompliant({ lastAnnualMeetingYear: 2024, establishedOn: '2001-03-01' }, 2026)).toBe(false);
    expect(isRatCompliant({ lastAnnualMeetingYear: null, establishedOn: '2001-03-01' }, 2026)).toBe(false);
  });

  it('excuses a cooperative founded in or after the fiscal year that RAT covers, and no other', () => {
    expect(isRatCompliant({ lastAnnualMeetingYear: null, establishedOn: '2025-01-01' }, 2026)).toBe(true);
    expect(isRatCompliant({ lastAnnualMeetingYear: null, establishedOn: '2024-12-31' }, 2026)).toBe(false);
    expect(isRatCompliant({ lastAnnualMeetingYear: null, establishedOn: null }, 2026)).toBe(false);
  });
});
