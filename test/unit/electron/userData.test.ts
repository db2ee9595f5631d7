import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyUserDataOverride } from '../../../electron/main/userData';
import { app, resetElectronMock } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

beforeEach(resetElectronMock);

describe('applyUserDataOverride', () => {
  it('points userData at QUARTERDECK_USER_DATA, made absolute', () => {
    applyUserDataOverride({ QUARTERDECK_USER_DATA: 'tmp/profile-1' });
    expect(app.getPath('userData')).toBe(resolve('tmp/profile-1'));
  });

  it('leaves the platform default alone when the variable is unset or empty', () => {
    applyUserDataOverride({});
    applyUserDataOverride({ QUARTERDECK_USER_DATA: '' });
    expect(app.setPath).not.toHaveBeenCalled();
  });
});
