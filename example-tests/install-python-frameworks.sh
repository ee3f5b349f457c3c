#!/usr/bin/env bash
# Installs the five Python web frameworks of the seed for Debian's own /usr/bin/python3,
# which is the interpreter PythonFrameworksShootoutTest launches (a pyenv or venv python3
# earlier on PATH would not see these packages). Debian 12 (bookworm) package names.
set -euo pipefail

packages=(python3 python3-bottle python3-webpy python3-flask python3-cherrypy3 python3-tornado)

if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi

$sudo apt-get -o DPkg::Lock::Timeout=600 update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${packages[@]}"

# Show what was installed, the same way the tests ask for the versions.
/usr/bin/python3 -c "import bottle; print('bottle', bottle.__version__)"
/usr/bin/python3 -c "import web; print('web.py', web.__version__)"
/usr/bin/python3 -c "import flask; print('flask', flask.__version__)"
/usr/bin/python3 -c "import cherrypy; print('cherrypy', cherrypy.__version__)"
/usr/bin/python3 -c "import tornado; print('tornado', tornado.version)"
