/** How someone came to the board: added by a manager, through the public join page, or nominated. */
export type MemberSource = 'added' | 'application' | 'nomination';
