//! A fixed set of threads, one per core, that run the searches.
//!
//! Searches are pure CPU (analysis for snippets, decompression, scoring). Run on tokio's
//! blocking pool, fifty concurrent requests become fifty threads that take turns on two
//! cores: each thread's analyzer cache (`with_thread_analyzer`) stays cold, the switches
//! cost, and the slowest request waits behind all the others. Here they queue, first come
//! first served, for a few threads that stay warm.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use crate::error::ApiError;

type Job = Box<dyn FnOnce() + Send>;

pub struct WorkPool {
    jobs: Mutex<Sender<Job>>,
}

impl WorkPool {
    /// A pool of one thread per core.
    pub fn per_core(name: &str) -> Self {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let (jobs, queue) = channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new().name(format!("{name}-{n}")).spawn(move || work(&queue));
            if let Err(error) = spawned {
                eprintln!("marsad serve: cannot start a {name} thread: {error}");
            }
        }
        WorkPool { jobs: Mutex::new(jobs) }
    }

    /// Runs `job` on one of the pool's threads and waits for it without blocking the
    /// async threads.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = answer.send(job());
        });
        let sent = self.jobs.lock().map_err(|_| lost())?.send(job);
        sent.map_err(|_| lost())?;
        // A job that panicked drops its sender: the request fails, the thread goes on.
        answered.await.unwrap_or_else(|_| Err(lost()))
    }
}

fn work(queue: &Mutex<Receiver<Job>>) {
    loop {
        let next = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        match next {
            Ok(job) => {
                let _ = std::panic::catch_unwind(AssertUnwindSafe(job));
            }
            Err(_) => return,
        }
    }
}

fn lost() -> ApiError {
    ApiError::internal("the request failed inside the server")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_run_and_a_panic_fails_only_its_request() {
        let pool = WorkPool::per_core("test");
        assert_eq!(pool.run(|| Ok(2 + 2)).await, Ok(4));
        let panicked: Result<(), ApiError> = pool.run(|| panic!("boom")).await;
        assert!(panicked.is_err());
        assert_eq!(pool.run(|| Ok("still here")).await, Ok("still here"));
    }
}
