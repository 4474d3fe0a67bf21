//! Periodic jobs. Each capability lists its own (name, period, what to run); the server runs
//! them all with one loop, and `ppi-hub run-job NAME` runs one at once (e.g. from cron when
//! several servers share a database and only one should send mail).

use crate::state::AppState;
use crate::web::AppError;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

pub type JobRun = Pin<Box<dyn Future<Output = Result<u64, AppError>> + Send>>;

#[derive(Clone, Copy)]
pub struct Job {
    /// Its name on the command line and in the log (`send-digests`).
    pub name: &'static str,
    pub every: Duration,
    /// Whether it also runs as the server starts (otherwise first after one period).
    pub at_start: bool,
    /// Runs once; how many things it did (mails sent, tenders closed …).
    pub run: fn(AppState) -> JobRun,
}

pub const MINUTE: Duration = Duration::from_secs(60);
pub const HOUR: Duration = Duration::from_secs(3600);
pub const DAY: Duration = Duration::from_secs(86_400);

pub fn find(name: &str) -> Option<Job> {
    crate::capabilities::jobs().into_iter().find(|j| j.name == name)
}

/// Runs a job for ever at its period; a failed run is logged and the next one comes as usual.
pub async fn run_forever(job: Job, state: AppState) {
    let mut ticks = tokio::time::interval(job.every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    if !job.at_start {
        ticks.tick().await;
    }
    loop {
        ticks.tick().await;
        match (job.run)(state.clone()).await {
            Ok(0) => tracing::debug!(job = job.name, "job ran"),
            Ok(n) => tracing::info!(job = job.name, done = n, "job ran"),
            Err(e) => tracing::warn!(job = job.name, error = ?e, "job failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_unique_and_shell_friendly() {
        let all = crate::capabilities::jobs();
        let mut names: Vec<&str> = all.iter().map(|j| j.name).collect();
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')), "{names:?}");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }
}
