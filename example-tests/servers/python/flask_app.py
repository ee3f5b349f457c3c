"""Hello World on flask, as in the seed: GET /hello/World. Usage: python3 flask_app.py PORT"""
import sys

from flask import Flask

app = Flask(__name__)


@app.route('/hello/<name>')
def hello(name):
    return 'Hello %s' % name


if __name__ == '__main__':
    # Werkzeug's development server, threaded (flask's default since 1.0), no reloader.
    app.run(host='127.0.0.1', port=int(sys.argv[1]), debug=False, use_reloader=False)
