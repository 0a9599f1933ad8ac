import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acledAdminName } from './admin-names.js';

test('GeoNames wrappers are removed from admin names', () => {
  assert.equal(acledAdminName('Région de Mopti'), 'Mopti');
  assert.equal(acledAdminName('Region de Segou'), 'Segou');
  assert.equal(acledAdminName('Tombouctou Region'), 'Tombouctou');
  assert.equal(acledAdminName('Province du Soum'), 'Soum');
  assert.equal(acledAdminName('Province de la Tapoa'), 'Tapoa');
  assert.equal(acledAdminName("Province de l'Oudalan"), 'Oudalan');
  assert.equal(acledAdminName('Province de l’Oudalan'), 'Oudalan');
  assert.equal(acledAdminName('Zoundweogo Province'), 'Zoundweogo');
  assert.equal(acledAdminName('Kati Cercle'), 'Kati');
  assert.equal(acledAdminName('Département de Tillabéri'), 'Tillabéri');
  assert.equal(acledAdminName('Arbinda Department'), 'Arbinda');
});

test('names that only look like wrappers are kept', () => {
  assert.equal(acledAdminName('Boucle du Mouhoun'), 'Boucle du Mouhoun');
  assert.equal(acledAdminName('Centre-Nord'), 'Centre-Nord');
  assert.equal(acledAdminName('Commune 3'), 'Commune 3');
  assert.equal(acledAdminName('Sahel'), 'Sahel');
  assert.equal(acledAdminName('Region'), 'Region');
});
