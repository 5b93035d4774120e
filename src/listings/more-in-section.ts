export const MORE_IN_SECTION_COUNT = 5;

/**
 * The newest other articles of a section. Takes the section's list already sorted newest first,
 * so the cost per article is constant instead of a sort per page.
 */
export function moreInSection<T>(sectionNewestFirst: readonly T[], current: T, count = MORE_IN_SECTION_COUNT): T[] {
  const picked: T[] = [];
  for (const candidate of sectionNewestFirst) {
    if (picked.length === count) break;
    if (candidate !== current) picked.push(candidate);
  }
  return picked;
}
