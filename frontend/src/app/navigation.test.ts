import { canSee, homePathFor, NAVIGATION, navigationFor, type NavKey } from './navigation';

const keys = (roles: string[]): NavKey[] => navigationFor(roles).map((item) => item.key);

describe('navigationFor', () => {
  it.each<[string[], NavKey[]]>([
    [['EDITOR'], ['drafts', 'calendar']],
    [['REVIEWER'], ['tasks', 'calendar']],
    [['LEGAL'], ['tasks', 'calendar']],
    [['COMPLIANCE'], ['calendar', 'audit', 'rules']],
    [['ADMIN'], ['calendar', 'audit', 'rules', 'admin']],
  ])('gives %j exactly %j', (roles, expected) => {
    expect(keys(roles)).toEqual(expected);
  });

  it('unites the items of several roles without duplicates, in the fixed order', () => {
    expect(keys(['REVIEWER', 'EDITOR'])).toEqual(['drafts', 'tasks', 'calendar']);
    expect(keys(['ADMIN', 'LEGAL', 'EDITOR', 'COMPLIANCE', 'REVIEWER'])).toEqual(NAVIGATION.map((item) => item.key));
  });

  it('gives nothing to a user without a known role', () => {
    expect(keys([])).toEqual([]);
    expect(keys(['ROLE_SOMETHING_ELSE'])).toEqual([]);
  });

  it('matches role names exactly', () => {
    expect(keys(['editor', 'ROLE_EDITOR'])).toEqual([]);
  });
});

describe('canSee', () => {
  it('allows exactly the items in the navigation', () => {
    expect(canSee(['EDITOR'], 'drafts')).toBe(true);
    expect(canSee(['EDITOR'], 'audit')).toBe(false);
    expect(canSee(['COMPLIANCE'], 'admin')).toBe(false);
    expect(canSee(['ADMIN'], 'admin')).toBe(true);
    expect(canSee(['LEGAL'], 'drafts')).toBe(false);
  });
});

describe('homePathFor', () => {
  it('is the first navigation item', () => {
    expect(homePathFor(['EDITOR'])).toBe('/drafts');
    expect(homePathFor(['REVIEWER'])).toBe('/tasks');
    expect(homePathFor(['COMPLIANCE'])).toBe('/calendar');
    expect(homePathFor([])).toBeUndefined();
  });
});
