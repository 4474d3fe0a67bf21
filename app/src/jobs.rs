//! Periodic jobs. Each capability lists its own (name, period, what to run); the server runs
//! them all with one loop, and `ppi-hub run-job NAME` runs one at once (`capabilities::job`) (e.g. from cron when
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
