//! Rate limits on sign-in, sign-up and password reset, per client address and per account
//! (governor's keyed GCRA limiters). They are kept in each app server's memory: behind a load
//! balancer each server enforces them on its own share of the traffic.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

pub struct Limits {
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    per_account: DefaultKeyedRateLimiter<String>,
}

impl Limits {
    pub fn new(per_ip_per_minute: u32, per_account_per_hour: u32) -> Limits {
        let quota = |burst: u32, window: Duration| {
            let burst = NonZeroU32::new(burst.max(1)).expect("non-zero");
            Quota::with_period(window / burst.get()).expect("non-zero period").allow_burst(burst)
        };
        Limits {
            per_ip: RateLimiter::keyed(quota(per_ip_per_minute, Duration::from_secs(60))),
            per_account: RateLimiter::keyed(quota(per_account_per_hour, Duration::from_secs(3600))),
        }
    }

    /// One attempt from `ip`, about the account `email` if given: false when over a limit.
    pub fn allow(&self, ip: IpAddr, email: Option<&str>) -> bool {
        if self.per_ip.check_key(&ip).is_err() {
            return false;
        }
        match email {
            Some(e) => self.per_account.check_key(&e.trim().to_lowercase()).is_ok(),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_per_address_and_per_account() {
        let limits = Limits::new(5, 3);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limits.allow(a, Some("anna@example.fi")));
        }
        // The account is spent, from any address …
        assert!(!limits.allow(b, Some("ANNA@example.fi")));
        // … while other accounts from the first address go on until its own limit.
        assert!(limits.allow(a, Some("ben@example.fi")));
        assert!(limits.allow(a, Some("carl@example.fi")));
        assert!(!limits.allow(a, Some("dora@example.fi")), "the sixth attempt from one address");
        assert!(limits.allow(b, Some("dora@example.fi")));
    }
}
