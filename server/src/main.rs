//! `ppi-hub`: the PPI Hub server and its administrative commands.

use app::accounts::model::Role;
use app::accounts::{passwords, repo, rules};
use app::config::Config;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Read;
use std::process::ExitCode;

/// PPI Hub: the meeting place and knowledge centre for innovative public procurement.
///
/// Configuration comes from environment variables or a `.env` file (see README).
#[derive(Parser)]
#[command(name = "ppi-hub", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the platform (the default).
    Serve,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Administrative accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Load the demo organisations and users (again: nothing is duplicated) and print their logins.
    DemoData,
    /// Send the saved-search digests now (the server also sends them every hour).
    SendDigests,
    /// Send the daily e-mail notices of unread messages now (the server checks every hour).
    SendMessageNotices,
    /// Send the weekly "tenders for you" e-mails that are due now (the server checks every hour).
    SendWeeklyMatches,
    /// Generate realistic published supplier profiles for demos and benchmarks.
    GenerateSuppliers {
        /// How many companies.
        #[arg(long, default_value_t = 50_000)]
        count: usize,
        /// The same seed gives the same companies.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Generate realistic tenders (and the public bodies publishing them) for demos and benchmarks.
    GenerateTenders {
        /// How many tenders.
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// The same seed gives the same tenders.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an admin (or moderator) account, or reset the role and password of an existing one.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
        #[arg(long, value_enum, default_value = "admin")]
        role: StaffRole,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum StaffRole {
    Admin,
    Moderator,
}

#[tokio::main]
async fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()))
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ppi-hub: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), ppi_hub::BoxError> {
    let config = Config::from_env().map_err(|e| e.0)?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => ppi_hub::serve(config).await,
        Command::Migrate => {
            ppi_hub::database(&config).await?;
            println!("Database migrated: {}", config.database_url);
            Ok(())
        }
        Command::DemoData => {
            let db = ppi_hub::database(&config).await?;
            let logins = ppi_hub::demo::load(&db, &config.ocid_prefix, &config.base_url).await?;
            println!("Demo accounts (password for all: {}):", ppi_hub::demo::DEMO_PASSWORD);
            for (email, role) in logins {
                println!("  {role:<10} {email}");
            }
            Ok(())
        }
        Command::SendDigests => {
            let (_, state) = ppi_hub::build(config).await?;
            let sent = app::tenders::saved::send_digests(&state).await.map_err(|e| format!("{e:?}"))?;
            println!("Sent {sent} digest mails");
            Ok(())
        }
        Command::SendMessageNotices => {
            let (_, state) = ppi_hub::build(config).await?;
            let sent = app::messages::send_daily_notices(&state).await.map_err(|e| format!("{e:?}"))?;
            println!("Sent {sent} message notices");
            Ok(())
        }
        Command::SendWeeklyMatches => {
            let (_, state) = ppi_hub::build(config).await?;
            let sent = app::suppliers::weekly::send_weekly(&state).await.map_err(|e| format!("{e:?}"))?;
            println!("Sent {sent} weekly tender mails");
            Ok(())
        }
        Command::GenerateSuppliers { count, seed } => {
            let db = ppi_hub::database(&config).await?;
            let started = std::time::Instant::now();
            let stored = ppi_hub::generate_suppliers::generate(&db, count, seed).await?;
            println!("Generated {stored} supplier profiles in {:.1} s ({})", started.elapsed().as_secs_f64(), config.database_url);
            Ok(())
        }
        Command::GenerateTenders { count, seed } => {
            let db = ppi_hub::database(&config).await?;
            let started = std::time::Instant::now();
            let stored = ppi_hub::generate::generate(&db, count, seed, &config.ocid_prefix, &config.base_url).await?;
            println!("Generated {stored} tenders in {:.1} s ({})", started.elapsed().as_secs_f64(), config.database_url);
            Ok(())
        }
        Command::Admin { command: AdminCommand::Create { email, name, role, password_stdin } } => {
            rules::check_email(&email).map_err(|_| format!("{email:?} is not an e-mail address"))?;
            rules::check_person_name(&name).map_err(|_| "the name must be 1 to 100 characters")?;
            let password = if password_stdin {
                let mut p = String::new();
                std::io::stdin().read_to_string(&mut p)?;
                let p = p.trim_end_matches(['\r', '\n']).to_string();
                rules::check_new_password(&p).map_err(|_| "the password must be 12 to 256 characters")?;
                if passwords::is_common(&p) {
                    return Err("that password is among the most common ones: choose another".into());
                }
                p
            } else {
                use rand::distributions::{Alphanumeric, DistString};
                Alphanumeric.sample_string(&mut rand::thread_rng(), 20)
            };
            let role = match role {
                StaffRole::Admin => Role::Admin,
                StaffRole::Moderator => Role::Moderator,
            };
            let db = ppi_hub::database(&config).await?;
            let created = repo::upsert_staff(&db, &email, &name, role, passwords::hash(password.clone()).await).await?;
            println!("{} {} account {email}", if created { "Created" } else { "Updated" }, role.as_str());
            if !password_stdin {
                println!("Password: {password}");
            }
            Ok(())
        }
    }
}
