"""Hello World on web.py, as in the seed: GET /World. Usage: python3 webpy_app.py PORT"""
import sys

import web

# web.py's debug reloader deadlocks when the app is the main script: every request hangs
# until the client gives up. Turn it off before the application is built.
web.config.debug = False

urls = ('/(.*)', 'Hello')


class Hello:
    def GET(self, name):
        return 'Hello %s' % (name or 'World')


if __name__ == '__main__':
    app = web.application(urls, globals(), autoreload=False)
    # web.py reads host:port from argv[1]; run on its built-in (cheroot) server.
    web.httpserver.runsimple(app.wsgifunc(), ('127.0.0.1', int(sys.argv[1])))
