//! `ppi-hub`: the PPI Hub server and its administrative commands.

use app::accounts::{passwords, repo, rules};
use app::config::Config;
use app::identity::Role;
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
    /// Load the knowledge centre's content files into the database (again: only what changed).
    LoadKnowledge {
        /// The folder with `cases/` and `materials/`.
        #[arg(long, default_value = "content/knowledge")]
        dir: std::path::PathBuf,
    },
    /// Load the course folders into the database (again: only what changed).
    LoadCourses {
        /// The folders with one folder per course (and the readiness questionnaire); together
        /// they are the whole set of courses.
        #[arg(long, default_value = "content/courses", num_args = 1..)]
        dir: Vec<std::path::PathBuf>,
    },
    /// Run a question set through the assistant and print its retrieval, refusal, citation and
    /// language figures per language and overall (see README, "Assistant quality").
    AssistantEval {
        /// JSON-lines question files (`id`, `lang`, `question`, `expect`).
        #[arg(long, required = true, num_args = 1..)]
        questions: Vec<std::path::PathBuf>,
        /// The knowledge content to load first (idempotent).
        #[arg(long, default_value = "content/knowledge")]
        content: std::path::PathBuf,
        /// Exit with failure when a target is missed.
        #[arg(long)]
        gate: bool,
        /// Print each question's expected and found answer.
        #[arg(long)]
        verbose: bool,
    },
    /// Run one of the periodic jobs now (the server runs them all on their own), or list them.
    RunJob {
        /// The job's name (send-digests, send-weekly-matches, …); without it, the list.
        name: Option<String>,
    },
    /// Generate realistic published supplier profiles for demos and benchmarks.
    GenerateSuppliers {
        /// How many companies.
        #[arg(long, default_value_t = 50_000)]
        count: usize,
        /// The same seed gives the same companies.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Generate knowledge items (cases and materials with every facet) for the search benchmark.
    GenerateKnowledge {
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Generate learners' progress in the loaded courses, for the benchmark of a lesson step.
    GenerateLearners {
        #[arg(long, default_value_t = 10_000)]
        count: usize,
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
        Command::LoadKnowledge { dir } => {
            let db = ppi_hub::database(&config).await?;
            let r = app::knowledge::loader::load(&db, &dir).await?;
            println!("Knowledge: {} added, {} updated, {} unchanged, {} retired", r.added, r.updated, r.unchanged, r.retired);
            Ok(())
        }
        Command::LoadCourses { dir } => {
            let db = ppi_hub::database(&config).await?;
            let r = app::courses::loader::load_all(&db, &dir).await?;
            println!("Courses: {} added, {} updated, {} unchanged, {} retired", r.added, r.updated, r.unchanged, r.retired);
            Ok(())
        }
        Command::AssistantEval { questions, content, gate, verbose } => {
            let mut set = Vec::new();
            for f in &questions {
                let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
                set.extend(app::assistant::eval::read(&text, &f.display().to_string())?);
            }
            let (_, state) = ppi_hub::build(config).await?;
            app::knowledge::loader::load(&state.db, &content).await?;
            if state.config.embeddings.is_some() {
                let started = std::time::Instant::now();
                let n = app::assistant::embeddings::sync(&state).await?;
                println!("Embedded {n} passages in {:.1} s", started.elapsed().as_secs_f64());
            }
            let report = app::assistant::eval::run(&state, &set).await?;
            if verbose {
                for l in &report.lines {
                    let mark = if l.got == l.expect || l.expect.split(',').any(|e| e == l.got) { " " } else { "✗" };
                    let (known, concepts, concept_cov, score, sim) = l.features;
                    println!(
                        "{mark} {:<8} cov {:.2} known {known:.2} concepts {concepts} ccov {concept_cov:.2} score {score:.1} sim {sim:.3} rank {:<4} expect {:<50} got {}",
                        l.id,
                        l.coverage,
                        l.rank.map(|r| r.to_string()).unwrap_or("-".into()),
                        l.expect,
                        l.got
                    );
                }
            }
            println!("{} questions\n{}", set.len(), report.table());
            let below = report.below_target();
            if !below.is_empty() {
                println!("Below the issue's targets: {}", below.join("; "));
            }
            let misses = report.misses();
            if gate && !misses.is_empty() {
                return Err(format!("assistant below target: {}", misses.join("; ")).into());
            }
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
        Command::RunJob { name: None } => {
            for job in app::capabilities::jobs() {
                println!("{:<24} every {}", job.name, humantime(job.every));
            }
            Ok(())
        }
        Command::RunJob { name: Some(name) } => {
            let job = app::capabilities::job(&name).ok_or_else(|| format!("no job {name:?}; `ppi-hub run-job` lists them"))?;
            let (_, state) = ppi_hub::build(config).await?;
            let done = (job.run)(state).await.map_err(|e| format!("{e:?}"))?;
            println!("{}: done {done}", job.name);
            Ok(())
        }
        Command::GenerateSuppliers { count, seed } => {
            let db = ppi_hub::database(&config).await?;
            let started = std::time::Instant::now();
            let stored = ppi_hub::generate_suppliers::generate(&db, count, seed).await?;
            println!("Generated {stored} supplier profiles in {:.1} s ({})", started.elapsed().as_secs_f64(), config.database_url);
            Ok(())
        }
        Command::GenerateKnowledge { count, seed } => {
            let db = ppi_hub::database(&config).await?;
            let started = std::time::Instant::now();
            let stored = ppi_hub::generate_knowledge::generate(&db, count, seed).await?;
            println!("Generated {stored} knowledge items in {:.1} s ({})", started.elapsed().as_secs_f64(), config.database_url);
            Ok(())
        }
        Command::GenerateLearners { count, seed } => {
            let db = ppi_hub::database(&config).await?;
            let started = std::time::Instant::now();
            let rows = ppi_hub::generate_learners::generate(&db, count, seed).await?;
            println!(
                "Generated {count} learners ({rows} lesson rows) in {:.1} s ({})",
                started.elapsed().as_secs_f64(),
                config.database_url
            );
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
            app::validation::check_email(&email).map_err(|_| format!("{email:?} is not an e-mail address"))?;
            app::validation::check_person_name(&name).map_err(|_| "the name must be 1 to 100 characters")?;
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

fn humantime(d: std::time::Duration) -> String {
    match d.as_secs() {
        s if s % 86_400 == 0 => format!("{} day(s)", s / 86_400),
        s if s % 3600 == 0 => format!("{} hour(s)", s / 3600),
        s if s % 60 == 0 => format!("{} minute(s)", s / 60),
        s => format!("{s} s"),
    }
}
