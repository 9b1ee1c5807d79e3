// A password someone types for an account, checked behind the sign-in throttle: sign-in and
// changing one's password share it, so both draw on one allowance of guesses per account.
import {
  afterFailure,
  attemptAddress,
  decidePasswordAttempt,
  isKnownAddress,
  NO_FAILURES,
  waitUntil,
  DEFAULT_PASSWORD_THROTTLE,
} from '../../../domain/sign-in-throttle.js';
import type { Queryable } from '../../../db/database.js';
import {
  findSignInAddress,
  forgetSignInAddresses,
  recordAddressFailure,
  recordAddressSuccess,
} from '../../../db/repositories/sign-in-addresses.js';
import { updateUser, type User, type UserCredentials } from '../../../db/repositories/users.js';
import type { AppServices, RequestContext } from '../../context.js';
import { verifyAgainstDecoy, verifyPassword } from '../../security/passwords.js';
import { sha256 } from '../../security/tokens.js';

export type PasswordCheck =
  | { readonly result: 'right' }
  | { readonly result: 'wrong'; readonly addressFailures: number; readonly accountFailures: number }
  | { readonly result: 'throttled'; readonly scope: 'address' | 'account'; readonly until: Date };

/** Names the password an address was known with, so a new password forgets every address. */
const passwordTag = (passwordHash: string) => sha256(`sign-in-address:${passwordHash}`);

/**
 * Checks a typed password. The caller holds the account's row locked (FOR UPDATE) in `tx`, so
 * concurrent attempts are counted one after another, and commits what this records even when
 * it refuses. Inside a wait the password is not looked at; the decoy check costs what a real
 * one does, so the answer's timing does not tell a wait from a wrong password.
 */
export async function checkPassword(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  account: { readonly user: User; readonly credentials: UserCredentials },
  password: string,
): Promise<PasswordCheck> {
  const { user, credentials } = account;
  const policy = DEFAULT_PASSWORD_THROTTLE;
  const now = app.clock.now();
  const address = attemptAddress(request.ip);
  const stored = await findSignInAddress(tx, user.id, address);
  const addressCount = stored ?? NO_FAILURES;
  const accountCount = {
    failures: credentials.failedLogins,
    lastFailureAt: credentials.failedLoginAt,
  };
  const knownAddress =
    stored !== null &&
    isKnownAddress(
      { knownUntil: stored.knownUntil, passwordTag: stored.knownPasswordTag },
      passwordTag(credentials.passwordHash),
      now,
    );
  const decision = decidePasswordAttempt(
    { address: addressCount, account: accountCount, knownAddress },
    now,
    policy,
  );
  if (!decision.allowed) {
    await verifyAgainstDecoy(password, app.passwordCost);
    return { result: 'throttled', scope: decision.scope, until: decision.until };
  }

  if (await verifyPassword(credentials.passwordHash, password)) {
    // The account's own count is left as it is: were it reset by the person's sign-in, each of
    // their sign-ins would hand someone guessing from elsewhere a fresh allowance.
    await rememberAddress(tx, app, request, user, credentials.passwordHash);
    return { result: 'right' };
  }
  const addressAfter = afterFailure(addressCount, now, policy.perAddress);
  const accountAfter = afterFailure(accountCount, now, policy.perAccount);
  await recordAddressFailure(tx, addressKey(user, address), {
    failures: addressAfter.failures,
    lastFailureAt: now,
  });
  await updateUser(tx, user.id, {
    failedLogins: accountAfter.failures,
    failedLoginAt: now,
    lockedUntil: waitUntil(accountAfter, now, policy.perAccount),
  });
  await forgetSignInAddresses(tx, user.id, new Date(now.getTime() - policy.knownAddressMs));
  return {
    result: 'wrong',
    addressFailures: addressAfter.failures,
    accountFailures: accountAfter.failures,
  };
}

/**
 * The password was right from the request's address: its own failures start over and it is
 * known to the account (with this password) for the policy's time.
 */
export async function rememberAddress(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  user: User,
  passwordHash: string,
): Promise<void> {
  const now = app.clock.now();
  await recordAddressSuccess(tx, addressKey(user, attemptAddress(request.ip)), {
    until: new Date(now.getTime() + DEFAULT_PASSWORD_THROTTLE.knownAddressMs),
    passwordTag: passwordTag(passwordHash),
    at: now,
  });
}

const addressKey = (user: User, address: string) => ({
  userId: user.id,
  jurisdictionId: user.jurisdictionId,
  address,
});
