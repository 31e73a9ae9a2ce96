import type { FamilyRelation } from '../volunteer-api';
import type { familyMessages } from './family-messages';

export const RELATION_LABEL: Record<FamilyRelation, keyof (typeof familyMessages)['zh']> = {
  spouse: 'relationSpouse',
  parent: 'relationParent',
  child: 'relationChild',
  grandparent: 'relationGrandparent',
  grandchild: 'relationGrandchild',
  sibling: 'relationSibling',
};
