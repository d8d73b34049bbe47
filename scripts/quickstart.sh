#!/usr/bin/env bash
# The main job, offline: import a real OFAC SDN release from ../shared/data (or the folder given),
# list what is loaded, show one entity with its history, and screen a name.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
export CHOKEPOINT_DB=${CHOKEPOINT_DB:-$PWD/.data/chokepoint.db}
cp() { node bin/chokepoint.js "$@"; }
cp import us_ofac_sdn "$DATA/ofac_sdn_history/sdn_2022-02-23_1846Z.csv.gz" "$DATA/ofac_sdn_history/sdn_2022-03-01_1847Z.csv.gz"
cp import us_ofac_sdn "$DATA/ofac_sdn_2024-05-composite" --date 2024-05-03
cp lists
cp diff us_ofac_sdn --from 2022-02-23 --to 2022-03-01 | head -n 12
cp show us_ofac_sdn:35096
cp screen "Vladimir Putin" --limit 3
cp screen "Путин Владимир Владимирович" --limit 3
echo
echo "Database: $CHOKEPOINT_DB  (chokepoint --help for more)"
