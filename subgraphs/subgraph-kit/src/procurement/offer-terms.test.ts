import { offerTermsAfter } from './offer-terms';

describe('offerTermsAfter', () => {
  it('starts a new offer from no terms, not offered to government buyers', () => {
    expect(offerTermsAfter(undefined)).toEqual({ priceMin: null, priceMax: null, unit: null, monthlyCapacity: null, offeredForProcurement: false });
    expect(offerTermsAfter({ priceMin: '15000', priceMax: '25000', unit: 'bungkus', monthlyCapacity: 2000, offeredForProcurement: true })).toEqual({
      priceMin: '15000',
      priceMax: '25000',
      unit: 'bungkus',
      monthlyCapacity: 2000,
      offeredForProcurement: true,
    });
  });

  it('keeps what a change leaves out', () => {
    const current = offerTermsAfter({ priceMin: '15000', priceMax: '25000', unit: 'bungkus', offeredForProcurement: true });
    expect(offerTermsAfter({ monthlyCapacity: 500 }, current)).toEqual({ ...current, monthlyCapacity: 500 });
  });

  it('refuses an inverted range, also when the change moves only one end past the other', () => {
    expect(() => offerTermsAfter({ priceMin: '25000', priceMax: '15000' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    const current = offerTermsAfter({ priceMin: '15000', priceMax: '25000' });
    expect(() => offerTermsAfter({ priceMin: '30000' }, current)).toThrow(/priceMin 30000 is above priceMax 25000/);
    // Compared as exact amounts, not as text ("9" > "10" as strings).
    expect(offerTermsAfter({ priceMin: '9', priceMax: '10' })).toMatchObject({ priceMin: '9', priceMax: '10' });
    expect(offerTermsAfter({ priceMin: '1000.50', priceMax: '1000.5' })).toMatchObject({ priceMin: '1000.50' });
  });
});
