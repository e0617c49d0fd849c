#!/usr/bin/env bash
# A one-node Slurm cluster on loopback for the Slurm executor's tests: its own
# munge key and socket, its own config, state and logs under DIR, non-default
# ports. Prints the SLURM_CONF to use. Needs Debian's slurm-wlm and munge.
#   scripts/slurm-test-cluster.sh start DIR
#   scripts/slurm-test-cluster.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop}
d=${2:?directory}

case "$cmd" in
  start)
    mkdir -p "$d"/{state,spool,log,munge}
    chmod 700 "$d/munge"
    dd if=/dev/urandom bs=1 count=1024 of="$d/munge/munge.key" 2>/dev/null
    chmod 400 "$d/munge/munge.key"
    # As root in a container munged needs --force, and /run/munge must exist.
    mkdir -p /run/munge
    munged --force --key-file="$d/munge/munge.key" --socket="$d/munge/munge.socket" \
      --pid-file="$d/munge/munged.pid" --log-file="$d/log/munged.log" --seed-file="$d/munge/seed"
    host=$(hostname -s)
    mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
    cat > "$d/slurm.conf" <<CONF
ClusterName=suanlitest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=46817
SlurmdPort=46818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$d/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/log/slurmctld.log
SlurmdLogFile=$d/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MinJobAge=3600
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=cpu Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
    slurmctld -f "$d/slurm.conf"
    slurmd -f "$d/slurm.conf"
    for _ in $(seq 1 60); do
      SLURM_CONF="$d/slurm.conf" sinfo -h -o '%T' 2>/dev/null | grep -q idle && break
      sleep 0.5
    done
    SLURM_CONF="$d/slurm.conf" sinfo -h -o '%T' | grep -q idle || { echo "slurm did not come up; logs in $d/log" >&2; exit 1; }
    echo "$d/slurm.conf"
    ;;
  stop)
    for pid in "$d/slurmd.pid" "$d/slurmctld.pid" "$d/munge/munged.pid"; do
      [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
    done
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
