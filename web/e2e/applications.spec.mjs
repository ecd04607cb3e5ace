import { describe, it } from 'node:test';

// R3: a customer submits a hosting application; business, technical and management review it;
// the business department signs the contract. The web pages for applications and contracts come
// with the applications module, so this walk is skipped until they exist.
export default function applications(ctx) {
  describe('applications', () => {
    it('walks an application from submission to signed contract (awaits the applications module web pages)', { skip: 'applications and contracts pages are not built yet' }, async () => {
      void ctx;
    });
  });
}
