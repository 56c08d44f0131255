//! Login throttling: how many failed logins an account, and an address, may have in a window.
//!
//! The counts come from the store, so every server instance sees the same numbers. Unknown
//! e-mail addresses are counted like known ones: the answer never tells whether an account exists.

use chrono::{DateTime, Duration, Utc};

/// The limits in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// How far back failures count.
    pub window: Duration,
    /// Failures for one e-mail address within the window before its logins pause.
    pub per_account: u32,
    /// Failures from one IP address within the window before its logins pause. Higher than
    /// `per_account` because a campus network puts many students behind one address.
    pub per_ip: u32,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self { window: Duration::minutes(15), per_account: 5, per_ip: 50 }
    }
}

/// The failed logins the store found within the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecentFailures {
    /// For the e-mail address tried.
    pub account: u32,
    /// The earliest of those, if any.
    pub account_oldest: Option<DateTime<Utc>>,
    /// From the client's IP address.
    pub ip: u32,
    /// The earliest of those, if any.
    pub ip_oldest: Option<DateTime<Utc>>,
}

/// Whether a login attempt may go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password.
    Allow,
    /// Refuse without checking; try again after this long.
    Wait(Duration),
}

impl ThrottlePolicy {
    /// Decides on an attempt made at `now`.
    pub fn judge(&self, failures: RecentFailures, now: DateTime<Utc>) -> Verdict {
        let account = over(failures.account, self.per_account, failures.account_oldest, self.window, now);
        let ip = over(failures.ip, self.per_ip, failures.ip_oldest, self.window, now);
        match account.into_iter().chain(ip).max() {
            Some(wait) => Verdict::Wait(wait),
            None => Verdict::Allow,
        }
    }

    /// The moment before which failures no longer count.
    pub fn since(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - self.window
    }
}

/// How long until `count` events in a window (the oldest at `oldest`) fall under `limit` again;
/// `None` while under it. Never zero: the answer is a wait the client can honour.
fn over(
    count: u32,
    limit: u32,
    oldest: Option<DateTime<Utc>>,
    window: Duration,
    now: DateTime<Utc>,
) -> Option<Duration> {
    (count >= limit).then(|| (oldest.unwrap_or(now) + window - now).max(Duration::seconds(1)))
}

/// How many accounts one address may register in a window: enough for a campus network on an
/// open day, too few for a script filling the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegistrationPolicy {
    /// How far back registrations count.
    pub window: Duration,
    /// Registrations from one IP address within the window; 0 for no limit.
    pub per_ip: u32,
}

impl RegistrationPolicy {
    /// An hourly limit per address.
    pub fn per_hour(per_ip: u32) -> Self {
        Self { window: Duration::hours(1), per_ip }
    }

    /// Decides on a registration at `now`, after `count` from the same address in the window,
    /// the earliest at `oldest`.
    pub fn judge(&self, count: u32, oldest: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Verdict {
        match over(count, self.per_ip, oldest, self.window, now) {
            Some(wait) if self.per_ip > 0 => Verdict::Wait(wait),
            _ => Verdict::Allow,
        }
    }

    /// The moment before which registrations no longer count.
    pub fn since(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - self.window
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(account: u32, ip: u32, oldest_minutes_ago: i64, now: DateTime<Utc>) -> RecentFailures {
        let oldest = Some(now - Duration::minutes(oldest_minutes_ago));
        RecentFailures { account, account_oldest: oldest, ip, ip_oldest: oldest }
    }

    #[test]
    fn allows_until_the_account_limit() {
        let now = Utc::now();
        let policy = ThrottlePolicy::default();
        assert_eq!(policy.judge(failures(4, 4, 1, now), now), Verdict::Allow);
        assert_eq!(policy.judge(failures(5, 5, 10, now), now), Verdict::Wait(Duration::minutes(5)));
    }

    #[test]
    fn an_ip_is_limited_on_its_own() {
        let now = Utc::now();
        let policy = ThrottlePolicy::default();
        assert_eq!(policy.judge(failures(0, 49, 1, now), now), Verdict::Allow);
        assert_eq!(policy.judge(failures(0, 50, 14, now), now), Verdict::Wait(Duration::minutes(1)));
    }

    #[test]
    fn the_wait_is_never_zero() {
        let now = Utc::now();
        let policy = ThrottlePolicy::default();
        assert_eq!(policy.judge(failures(5, 0, 15, now), now), Verdict::Wait(Duration::seconds(1)));
    }

    #[test]
    fn registrations_are_limited_per_address_unless_switched_off() {
        let now = Utc::now();
        let policy = RegistrationPolicy::per_hour(20);
        assert_eq!(policy.judge(19, Some(now - Duration::minutes(50)), now), Verdict::Allow);
        assert_eq!(
            policy.judge(20, Some(now - Duration::minutes(50)), now),
            Verdict::Wait(Duration::minutes(10))
        );
        assert_eq!(RegistrationPolicy::per_hour(0).judge(10_000, Some(now), now), Verdict::Allow);
    }
}
