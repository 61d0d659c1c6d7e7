#!/usr/bin/env bash
# Throwaway keys for the signature tests, made fresh in OUT on every run (nothing secret is committed):
#   OUT/nssdb        NSS database (SQL format, password "storepass"): the test CA trusted for signatures;
#                    member-a, member-b (both by the test CA), expired (by the test CA, validity over
#                    two years ago), rogue (by a CA the store does not know), weak (RSA-1024) with their keys
#   OUT/pdfsig-db    the same database before any PKCS#11 module is registered, for pdfsig
#   OUT/*.p12        the same keys as PKCS#12 (password "p12pass"), for the import path; secretariat.p12
#                    (by the test CA) only as a file, for tests that give each party a store of its own
#   OUT/token.der / token.key.der  a certificate and key by the test CA for the SoftHSM2 token
#   OUT/tsa.cnf, OUT/rogue-tsa.cnf  `openssl ts -reply` configurations of a time-stamping authority by the
#                    test CA and of one by the rogue CA
# Uses openssl and NSS's certutil and pk12util.
set -euo pipefail
out=${1:?usage: make-test-keys.sh OUT}
rm -rf "$out"
mkdir -p "$out"
cd "$out"

cat >signer.ext <<'X'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=emailProtection
X

authority() { # name subject
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.crt" -days 3650 -subj "$2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}
signer() { # name subject ca
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "$2" -utf8 2>/dev/null
    openssl x509 -req -in "$1.csr" -CA "$3.crt" -CAkey "$3.key" -CAcreateserial -out "$1.crt" -days 365 \
        -extfile signer.ext 2>/dev/null
    openssl pkcs12 -export -in "$1.crt" -inkey "$1.key" -certfile "$3.crt" -name "$1" -out "$1.p12" \
        -passout pass:p12pass
}

authority ca "/CN=ReviewDesk Test CA/O=ReviewDesk Tests"
authority rogue-ca "/CN=Rogue CA/O=Nobody"
signer member-a "/CN=林孟儒/O=國立清華大學" ca
signer member-b "/CN=吳承翰/O=資訊工業策進會" ca
signer secretariat "/CN=審查秘書處/O=數位產業署" ca
signer rogue "/CN=林孟儒/O=Impostor" rogue-ca
# Weak: an RSA-1024 key by the trusted CA, which a verifier must refuse however valid its signature.
openssl req -newkey rsa:1024 -nodes -keyout weak.key -out weak.csr -subj "/CN=Weak Key Member" 2>/dev/null
openssl x509 -req -in weak.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out weak.crt -days 365 \
    -extfile signer.ext 2>/dev/null
openssl pkcs12 -export -in weak.crt -inkey weak.key -certfile ca.crt -name weak -out weak.p12 -passout pass:p12pass
# Expired: valid for a day, two years ago. OpenSSL 3 sets explicit dates through a tiny CA config.
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/CN=Expired Member" 2>/dev/null
mkdir -p ca-dir/new && touch ca-dir/index.txt && echo 1000 >ca-dir/serial
cat >ca.cnf <<X
[ca]
default_ca = test
[test]
dir = $PWD/ca-dir
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
copy_extensions = none
[any]
commonName = supplied
X
start=$(date -u -d '-3 years' +%Y%m%d%H%M%SZ)
end=$(date -u -d '-2 years' +%Y%m%d%H%M%SZ)
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -in expired.csr -out expired.crt \
    -startdate "$start" -enddate "$end" -extfile signer.ext -notext 2>/dev/null
openssl pkcs12 -export -in expired.crt -inkey expired.key -certfile ca.crt -name expired -out expired.p12 \
    -passout pass:p12pass

# The token's key: by the test CA, handed to SoftHSM2 in DER.
openssl req -newkey rsa:2048 -nodes -keyout token.key -out token.csr -subj "/CN=Token Holder" 2>/dev/null
openssl x509 -req -in token.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out token.crt -days 365 \
    -extfile signer.ext 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in token.key -outform DER -out token.key.der
openssl x509 -in token.crt -outform DER -out token.der

# Time-stamping authorities for `openssl ts -reply`: one by the test CA, one by the rogue CA.
cat >tsa.ext <<'X'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=critical,timeStamping
X
for tsa in tsa:ca rogue-tsa:rogue-ca; do
    name=${tsa%%:*} issuer=${tsa##*:}
    openssl req -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.csr" -subj "/CN=ReviewDesk Test TSA" 2>/dev/null
    openssl x509 -req -in "$name.csr" -CA "$issuer.crt" -CAkey "$issuer.key" -CAcreateserial -out "$name.crt" \
        -days 365 -extfile tsa.ext 2>/dev/null
    echo 01 >"$name.serial"
    cat >"$name.cnf" <<X
[tsa]
default_tsa = this
[this]
serial = $PWD/$name.serial
crypto_device = builtin
signer_cert = $PWD/$name.crt
signer_key = $PWD/$name.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.59999.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
X
done

printf 'storepass\n' >store.pw
printf 'p12pass\n' >p12.pw
mkdir nssdb
certutil -N -d sql:nssdb -f store.pw
certutil -A -d sql:nssdb -f store.pw -n "ReviewDesk Test CA" -t ",C," -i ca.crt
for who in member-a member-b rogue expired weak; do
    pk12util -i "$who.p12" -d sql:nssdb -k store.pw -w p12.pw >/dev/null
done
# pk12util brings the chain's CA along; the rogue CA must stay unknown to the store.
certutil -D -d sql:nssdb -f store.pw -n "Rogue CA - Nobody" 2>/dev/null || true
cp -r nssdb pdfsig-db
echo "$out"
