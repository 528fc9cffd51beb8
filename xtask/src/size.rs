//! `cargo xtask size [--repr a|c|d|all] [--stub] [--no-run]`: flash and
//! RAM of each firmware image, read from its ELF, plus the heap in use at
//! the first prompt, measured on the booted image. Printed as a table and
//! written to `target/size.json` for the dashboard.
//!
//! Two images per representation: the full one (every module of the core)
//! and the VM one (`<repr>-vm`: only sys, gc, micropython, math and time,
//! the core built without `modules-extra`), whose flash has a goal
//! ([`FLASH_GOAL`]). `--no-run` reads the ELFs only (no QEMU: no boot RAM,
//! no stack peak).
//!
//! ```text
//!   flash = .vector_table + .text + .rodata + .data (its initial values)
//!   RAM   = .data + .bss + .uninit + .stack   (the GC arena and the
//!           scratch heap are static arrays in .bss; the stack is its own
//!           section, see targets/qemu/memory.x)
//!   boot  = gc.mem_alloc() at the first prompt ("n/a" without gc)
//!   stack peak = deepest native stack use over the whole corpus: the
//!           firmware paints its free stack at boot; after the corpus QEMU's
//!           monitor saves the stack region and the lowest overwritten
//!           word is the peak
//! ```
//!
//! Below the table, the largest contributors to each image's flash, by
//! crate and module (`cargo bloat`'s question, answered from the ELF's
//! symbols by the dashboard's `elf_modules`); the full list goes to
//! `size.json` for the ROM page.

use crate::dashboard::elf_modules;
use crate::qemu::{build_image, build_image_with, ensure_qemu, needs_more_ram, Board, Console};
use crate::run::{root, Result};
use crate::test_py::corpus;
use object::{Object, ObjectSection, ObjectSymbol};
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

/// `STACK_PAINT` of targets/qemu/src/memory.rs, as stored (little endian).
const STACK_PAINT: [u8; 4] = 0x5354_4b21u32.to_le_bytes();

const FLASH_SECTIONS: [&str; 4] = [".vector_table", ".text", ".rodata", ".data"];
const RAM_SECTIONS: [&str; 4] = [".data", ".bss", ".uninit", ".stack"];
/// Contributors listed per image on the terminal.
const TOP_MODULES: usize = 15;
/// The flash the VM image of representation A should fit in: 256 KiB.
const FLASH_GOAL: u64 = 256 * 1024;

struct Image {
    repr: &'static str,
    /// Every module (`true`) or only the VM's own.
    extra: bool,
    flash: u64,
    ram: u64,
    sections: Vec<(String, u64)>,
    gc_heap: u64,
    scratch: u64,
    stack: u64,
    /// Address of the stack region (its lowest byte).
    stack_addr: u64,
    stack_peak: Option<u64>,
    boot_ram: Option<u64>,
    elf: std::path::PathBuf,
    /// Flash bytes per `crate::module`, largest first.
    modules: Vec<(String, u64)>,
}

pub fn main(args: &[String]) -> Result {
    let mut reprs = vec!["a"];
    let mut stub = false;
    let mut run = true;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repr" => {
                reprs = match it.next().map(String::as_str) {
                    Some("all") => vec!["a", "c", "d"],
                    Some("a") => vec!["a"],
                    Some("c") => vec!["c"],
                    Some("d") => vec!["d"],
                    other => return Err(format!("size: bad --repr {other:?}")),
                }
            }
            "--stub" => stub = true,
            "--no-run" => run = false,
            other => return Err(format!("size: unknown argument {other:?}")),
        }
    }
    if run {
        ensure_qemu()?;
    }
    let files = corpus(&root().join("tests/py"))?;
    let mut images = Vec::new();
    let mut vm_images = Vec::new();
    for r in reprs {
        let elf = build_image(r, stub)?;
        let mut img = measure_elf(r, true, &elf)?;
        if run {
            img.boot_ram = boot_ram(&elf);
            img.stack_peak = stack_peak(&elf, &img, &files);
        }
        images.push(img);
        // The corpus needs the full image's modules: the VM image's stack
        // peak is not measured.
        let elf = build_image_with(r, stub, false)?;
        let mut img = measure_elf(r, false, &elf)?;
        if run {
            img.boot_ram = boot_ram(&elf);
        }
        vm_images.push(img);
    }
    let all: Vec<&Image> = images.iter().chain(&vm_images).collect();
    print_table(&all);
    print_goal(&vm_images);
    // Ordered by the VM images, the ones with a flash goal.
    let by: Vec<&Image> = vm_images.iter().chain(&images).collect();
    print_modules(&by);
    let path = root().join("target/size.json");
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let json = to_json(&images, &vm_images);
    fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

fn measure_elf(repr: &'static str, extra: bool, elf: &Path) -> Result<Image> {
    let data = fs::read(elf).map_err(|e| format!("{}: {e}", elf.display()))?;
    let file = object::File::parse(&*data).map_err(|e| format!("{}: {e}", elf.display()))?;
    let size_of = |name: &str| file.section_by_name(name).map_or(0, |s| s.size());
    let sections: Vec<(String, u64)> = [
        ".vector_table",
        ".text",
        ".rodata",
        ".data",
        ".bss",
        ".uninit",
        ".stack",
    ]
    .iter()
    .map(|&n| (n.to_string(), size_of(n)))
    .collect();
    // The static arrays' symbols are mangled; their names still contain
    // the Rust identifiers.
    let symbol = |part: &str| {
        file.symbols()
            .find(|s| s.name().is_ok_and(|n| n.contains(part)))
            .map_or(0, |s| s.size())
    };
    Ok(Image {
        repr,
        extra,
        flash: FLASH_SECTIONS.iter().map(|n| size_of(n)).sum(),
        ram: RAM_SECTIONS.iter().map(|n| size_of(n)).sum(),
        sections,
        gc_heap: symbol("GC_ARENA"),
        scratch: symbol("SCRATCH"),
        stack: size_of(".stack"),
        stack_addr: file.section_by_name(".stack").map_or(0, |s| s.address()),
        stack_peak: None,
        boot_ram: None,
        elf: elf.to_path_buf(),
        modules: elf_modules::breakdown(elf)?
            .into_iter()
            .map(|m| (m.name, m.bytes))
            .collect(),
    })
}

/// `gc.mem_alloc()` at the first prompt, or `None` when the image has no
/// `gc` module (or does not boot).
fn boot_ram(elf: &Path) -> Option<u64> {
    let mut board = Board::start(&Console::Stdio(elf.to_path_buf())).ok()?;
    board.enter_raw().ok()?;
    let out = board
        .repl
        .exec(
            b"import gc\nprint(gc.mem_alloc())\n",
            Duration::from_secs(10),
        )
        .ok()?;
    if !out.stderr.is_empty() {
        return None;
    }
    out.stdout.trim().parse().ok()
}

/// The deepest native stack use while the corpus runs (files that fail
/// count too: their stack use is real).
fn stack_peak(elf: &Path, img: &Image, files: &[std::path::PathBuf]) -> Option<u64> {
    let socket = std::env::temp_dir().join(format!(
        "mupy-size-{}-{}.sock",
        std::process::id(),
        img.repr
    ));
    let dump = socket.with_extension("stack");
    let console = Console::Monitored {
        elf: elf.to_path_buf(),
        socket: socket.clone(),
    };
    let mut board = Board::start(&console).ok()?;
    board.enter_raw().ok()?;
    let mut peak = 0;
    for f in files.iter().filter(|f| !needs_more_ram(f)) {
        let Ok(source) = fs::read(f) else { continue };
        let ran = board
            .repl
            .soft_reset()
            .and_then(|()| board.repl.exec(&source, Duration::from_secs(20)));
        if ran.is_err() {
            // Read the stack before the board (and its memory) goes.
            peak = peak.max(read_peak(&socket, &dump, img)?);
            board = board.restart().ok()?;
        }
    }
    peak = peak.max(read_peak(&socket, &dump, img)?);
    drop(board);
    let _ = fs::remove_file(&socket);
    let _ = fs::remove_file(&dump);
    Some(peak)
}

/// Saves the stack region through QEMU's monitor; the bytes above the
/// lowest word that is no longer paint.
fn read_peak(socket: &Path, dump: &Path, img: &Image) -> Option<u64> {
    let _ = fs::remove_file(dump);
    let mut mon = UnixStream::connect(socket).ok()?;
    mon.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let cmd = format!(
        "pmemsave {:#x} {} \"{}\"\n",
        img.stack_addr,
        img.stack,
        dump.display()
    );
    mon.write_all(cmd.as_bytes()).ok()?;
    // The monitor prompts once on connecting and once after the command.
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while seen.windows(6).filter(|w| w == b"(qemu)").count() < 2 && Instant::now() < deadline {
        let mut buf = [0u8; 512];
        let n = mon.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        seen.extend_from_slice(&buf[..n]);
    }
    let bytes = fs::read(dump).ok()?;
    let untouched = bytes
        .chunks_exact(4)
        .take_while(|w| *w == STACK_PAINT)
        .count() as u64
        * 4;
    Some(img.stack - untouched)
}

/// The image's name in tables: `a`, or `a-vm` for the VM image.
fn label(i: &Image) -> String {
    if i.extra {
        i.repr.to_string()
    } else {
        format!("{}-vm", i.repr)
    }
}

fn print_table(images: &[&Image]) {
    println!(
        "{:<5} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10} {:>9}",
        "repr", "flash", ".text", ".rodata", "RAM", "GC heap", "stack", "stack peak", "boot RAM"
    );
    for i in images {
        let sec = |n: &str| {
            i.sections
                .iter()
                .find(|(s, _)| s == n)
                .map_or(0, |(_, v)| *v)
        };
        println!(
            "{:<5} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>10} {:>9}",
            label(i),
            i.flash,
            sec(".text"),
            sec(".rodata"),
            i.ram,
            i.gc_heap,
            i.stack,
            i.stack_peak.map_or("n/a".to_string(), |b| b.to_string()),
            i.boot_ram.map_or("n/a".to_string(), |b| b.to_string())
        );
    }
}

/// The VM image of A against its flash goal.
fn print_goal(vm_images: &[Image]) {
    let Some(a) = vm_images.iter().find(|i| i.repr == "a") else {
        return;
    };
    let verdict = if a.flash <= FLASH_GOAL {
        "met".to_string()
    } else {
        format!("{} B over", a.flash - FLASH_GOAL)
    };
    println!(
        "\nflash goal, a-vm <= {FLASH_GOAL} B (256 KiB): {} B, {verdict}",
        a.flash
    );
}

/// The largest contributors of each image, side by side, in the order of
/// the first image.
fn print_modules(images: &[&Image]) {
    println!();
    let mut head = format!("{:<32}", "largest contributors (flash)");
    for i in images {
        let _ = write!(head, " {:>9}", label(i));
    }
    println!("{head}");
    let Some(first) = images.first() else { return };
    for (name, _) in first.modules.iter().take(TOP_MODULES) {
        let mut row = format!("{name:<32}");
        for i in images {
            let bytes = i.modules.iter().find(|(n, _)| n == name).map_or(0, |m| m.1);
            let _ = write!(row, " {bytes:>9}");
        }
        println!("{row}");
    }
}

/// `images` (the full images, which the dashboard reads) and `vm_images`.
fn to_json(images: &[Image], vm_images: &[Image]) -> String {
    let mut s = String::from("{\n  \"target\": \"qemu-mps2-an386\",\n");
    let _ = writeln!(s, "  \"flash_goal_vm_a\": {FLASH_GOAL},");
    s.push_str("  \"images\": [\n");
    write_images(&mut s, images);
    s.push_str("  ],\n  \"vm_images\": [\n");
    write_images(&mut s, vm_images);
    s.push_str("  ]\n}\n");
    s
}

fn write_images(s: &mut String, images: &[Image]) {
    for (k, i) in images.iter().enumerate() {
        let sections: Vec<String> = i
            .sections
            .iter()
            .map(|(n, v)| format!("\"{n}\": {v}"))
            .collect();
        let boot = i.boot_ram.map_or("null".to_string(), |b| b.to_string());
        let peak = i.stack_peak.map_or("null".to_string(), |b| b.to_string());
        let modules: Vec<String> = i
            .modules
            .iter()
            .map(|(n, b)| format!("{{\"name\": \"{n}\", \"bytes\": {b}}}"))
            .collect();
        let _ = writeln!(
            s,
            "    {{\"repr\": \"{}\", \"flash\": {}, \"ram\": {}, \"gc_heap\": {}, \"scratch_heap\": {}, \
             \"stack\": {}, \"stack_peak\": {}, \"boot_ram\": {}, \"sections\": {{{}}}, \
             \"elf\": \"{}\", \"modules\": [{}]}}{}",
            i.repr,
            i.flash,
            i.ram,
            i.gc_heap,
            i.scratch,
            i.stack,
            peak,
            boot,
            sections.join(", "),
            i.elf.display(),
            modules.join(", "),
            if k + 1 < images.len() { "," } else { "" }
        );
    }
}
