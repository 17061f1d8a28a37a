//! `marsad serve`: the HTTP API and web UI over a store folder (crates/server).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Serves `db` on `addr`; the token comes from `--token`, else `MARSAD_TOKEN`. Without one
/// the server is read-only.
pub fn run(db: PathBuf, addr: SocketAddr, token: Option<String>) -> anyhow::Result<ExitCode> {
    let token = token.or_else(|| std::env::var("MARSAD_TOKEN").ok()).filter(|token| !token.is_empty());
    marsad_server::run(marsad_server::ServerConfig { dir: db, addr, token })?;
    Ok(ExitCode::SUCCESS)
}
