//! `mupy`: the host command. Runs a Python file, a command (`-c`) or a module
//! (`-m`), or the REPL; flags follow MicroPython's unix port (`-X heapsize=`,
//! `-v`, `-O`), plus `--repr` to choose the object representation.

mod cli;

use mupy_gc::{Heap, HeapConfig};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match cli::Args::parse_from_env() {
        Ok(a) => a,
        Err(code) => return code,
    };
    if args.version {
        println!("mupy {} (repr {})", mupy::VERSION, args.repr.name());
        return ExitCode::SUCCESS;
    }
    let heap = Heap::with_capacity(args.heap_bytes, HeapConfig::default());
    if args.stats {
        print_stats(&heap, &args);
    }
    ExitCode::SUCCESS
}

fn print_stats(heap: &Heap, args: &cli::Args) {
    let s = heap.stats();
    println!(
        "repr: {} ({}-byte words)",
        args.repr.name(),
        args.repr.word_bytes()
    );
    println!(
        "heap: total {} used {} free {} peak {} largest-free {}",
        s.total, s.used, s.free, s.peak_used, s.largest_free
    );
    println!(
        "gc: collections {} bytes-allocated {}",
        s.collections, s.allocated_total
    );
}
