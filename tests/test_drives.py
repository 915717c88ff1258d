"""Detection of network and removable drives, fed with synthetic system descriptions."""

from __future__ import annotations

from pathlib import Path

from ncm_desktop.storage import drives
from ncm_desktop.storage.connection import DELETE, WAL, journal_for
from ncm_desktop.storage.drives import Drive, DriveKind

MOUNTINFO = """\
22 1 0:21 / /proc rw,relatime - proc proc rw
25 1 252:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
26 25 252:2 / /home rw,relatime shared:2 - ext4 /dev/vda2 rw
40 25 8:17 / /media/ana/My\\040Stick rw,nosuid,nodev shared:40 - vfat /dev/sdb1 rw,uid=1000
41 25 0:55 / /mnt/office rw,relatime shared:41 - cifs //fileserver/commission rw,vers=3.0
42 25 0:56 / /mnt/nfs rw,relatime - nfs4 server:/export rw
43 25 0:57 / /home/ana/remote rw,nosuid - fuse.sshfs ana@laptop:/home rw
44 25 0:58 / /mnt/odd rw - smbfs2 //nas/share rw
45 25 0:59 / /media rw - tmpfs tmpfs rw
this line is not a mount
46 25 x:y / /broken rw - ext4 /dev/x rw
"""


def _usb(mount: drives.Mount) -> bool:
    return (mount.major, mount.minor) == (8, 17)


def classify(path: str) -> Drive:
    return drives.classify_linux(path, MOUNTINFO, removable=_usb)


def test_mountinfo_is_parsed_with_escapes_and_bad_lines_skipped() -> None:
    mounts = drives.parse_mountinfo(MOUNTINFO)
    points = [m.mount_point for m in mounts]
    assert "/media/ana/My Stick" in points
    assert "/broken" not in points
    stick = next(m for m in mounts if m.mount_point == "/media/ana/My Stick")
    assert (stick.fs_type, stick.source, stick.major, stick.minor) == ("vfat", "/dev/sdb1", 8, 17)


def test_network_file_systems_are_network_drives() -> None:
    assert classify("/mnt/office/dossiers/a.ncm").kind is DriveKind.NETWORK
    assert classify("/mnt/nfs/a.ncm").kind is DriveKind.NETWORK
    assert classify("/home/ana/remote/a.ncm").kind is DriveKind.NETWORK
    # An unknown type whose source is a UNC-style share is still a network drive.
    assert classify("/mnt/odd/a.ncm").kind is DriveKind.NETWORK
    assert classify("/mnt/office/a.ncm").fs_type == "cifs"


def test_removable_and_local_drives() -> None:
    stick = classify("/media/ana/My Stick/commission/a.ncm")
    assert stick == Drive(DriveKind.REMOVABLE, "/media/ana/My Stick", "vfat")
    assert classify("/home/ana/a.ncm") == Drive(DriveKind.LOCAL, "/home", "ext4")
    assert classify("/srv/a.ncm").mount_point == "/"


def test_the_longest_mount_point_wins_but_only_at_a_path_boundary() -> None:
    assert classify("/media/ana/My Stick").kind is DriveKind.REMOVABLE
    assert classify("/media/ana/My Sticker/a.ncm").fs_type == "tmpfs"
    assert classify("/homework/a.ncm").mount_point == "/"


def test_empty_or_garbage_mountinfo_means_local() -> None:
    assert drives.classify_linux("/x/a.ncm", "", removable=_usb) == drives.LOCAL
    assert drives.classify_linux("/x/a.ncm", "\x00garbage\n", removable=_usb) == drives.LOCAL


def _fake_sys(root: Path, device: str, removable: str | None, *, partition: bool) -> None:
    disk = root / "devices" / device
    target = disk / "sdb1" if partition else disk
    target.mkdir(parents=True)
    if partition:
        (target / "partition").write_text("1\n")
    if removable is not None:
        (disk / "removable").write_text(removable + "\n")
    (root / "dev" / "block").mkdir(parents=True)
    (root / "dev" / "block" / "8:17").symlink_to(target)


def test_a_partition_of_a_removable_disk_is_removable(tmp_path: Path) -> None:
    _fake_sys(tmp_path, "pci0000:00/0000:00:1f.2/ata1/host0/block/sdb", "1", partition=True)
    assert drives.block_device_is_removable(8, 17, tmp_path)


def test_a_disk_on_a_usb_bus_is_removable_even_if_it_says_it_is_not(tmp_path: Path) -> None:
    _fake_sys(tmp_path, "pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/block/sdb", "0",
              partition=True)
    assert drives.block_device_is_removable(8, 17, tmp_path)


def test_a_fixed_disk_or_an_unknown_device_is_not_removable(tmp_path: Path) -> None:
    _fake_sys(tmp_path, "pci0000:00/0000:00:1f.2/ata1/host0/block/sdb", "0", partition=True)
    assert not drives.block_device_is_removable(8, 17, tmp_path)
    assert not drives.block_device_is_removable(8, 99, tmp_path)
    assert not drives.block_device_is_removable(0, 44, tmp_path)


def test_macos_mount_output() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
        "/dev/disk4s1 on /Volumes/NO NAME (msdos, local, nodev, nosuid, noowners)\n"
        "//ana@nas._smb._tcp.local/share on /Volumes/share (smbfs, nodev, nosuid, "
        "mounted by ana)\n"
    )
    assert drives.classify_mac("/Volumes/NO NAME/a.ncm", output).kind is DriveKind.REMOVABLE
    assert drives.classify_mac("/Volumes/share/x/a.ncm", output).kind is DriveKind.NETWORK
    assert drives.classify_mac("/Users/ana/a.ncm", output).kind is DriveKind.LOCAL
    assert drives.classify_mac("/Users/ana/a.ncm", "") == drives.LOCAL


def test_windows_drive_types() -> None:
    types = {"C:\\": 3, "E:\\": drives.DRIVE_REMOVABLE, "Z:\\": drives.DRIVE_REMOTE,
             "D:\\": drives.DRIVE_CDROM}

    def drive_type(root: str) -> int:
        return types.get(root, 0)

    assert drives.classify_windows("C:\\Users\\ana\\a.ncm", drive_type).kind is DriveKind.LOCAL
    assert drives.classify_windows("E:\\a.ncm", drive_type) == Drive(DriveKind.REMOVABLE, "E:\\")
    assert drives.classify_windows("Z:\\dossiers\\a.ncm", drive_type).kind is DriveKind.NETWORK
    assert drives.classify_windows("D:\\a.ncm", drive_type).kind is DriveKind.REMOVABLE
    assert drives.classify_windows("\\\\server\\share\\a.ncm",
                                   drive_type).kind is DriveKind.NETWORK


def test_what_each_kind_of_drive_means_for_the_journal() -> None:
    assert journal_for(Drive(DriveKind.NETWORK)) == DELETE
    assert journal_for(Drive(DriveKind.REMOVABLE)) == WAL
    assert journal_for(drives.LOCAL) == WAL
    assert Drive(DriveKind.REMOVABLE).needs_working_copy
    assert Drive(DriveKind.NETWORK).needs_working_copy
    assert not drives.LOCAL.needs_working_copy


def test_the_test_folder_is_on_a_local_drive(tmp_path: Path) -> None:
    drives.forget()
    assert drives.detect(tmp_path / "a.ncm").kind is DriveKind.LOCAL
