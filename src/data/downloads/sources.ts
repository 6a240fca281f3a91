/**
 * Where the downloadable datasets come from, with the exact size and MD5 digest of every file, so
 * a download can be checked before it is kept. The locations are the datasets' own (LeCun's MNIST
 * page, Zalando Research's Fashion-MNIST bucket, Krizhevsky's CIFAR page); where a well-known
 * mirror carries the same files, it is tried next, and the digest makes any mirror as good as the
 * original.
 *
 * | file                                   | bytes       | MD5                              |
 * |----------------------------------------|-------------|----------------------------------|
 * | MNIST train-images-idx3-ubyte.gz       |   9,912,422 | f68b3c2dcbeaaa9fbdd348bbdeb94873 |
 * | MNIST train-labels-idx1-ubyte.gz       |      28,881 | d53e105ee54ea40749a09fcbcd1e9432 |
 * | MNIST t10k-images-idx3-ubyte.gz        |   1,648,877 | 9fb629c4189551a2d022fa330f9573f3 |
 * | MNIST t10k-labels-idx1-ubyte.gz        |       4,542 | ec29112dd5afa0611ce80d1b7f02629c |
 * | Fashion train-images-idx3-ubyte.gz     |  26,421,880 | 8d4fb7e6c68d591d4c3dfef9ec88bf0d |
 * | Fashion train-labels-idx1-ubyte.gz     |      29,515 | 25c81989df183df01b3e8a0aad5dffbe |
 * | Fashion t10k-images-idx3-ubyte.gz      |   4,422,102 | bef4ecab320f06d8554ea6380940ec79 |
 * | Fashion t10k-labels-idx1-ubyte.gz      |       5,148 | bb300cfdad3c16e7a12a480ee83cd310 |
 * | CIFAR-10 cifar-10-binary.tar.gz        | 170,052,171 | c32a1d4ab5d03f1284b67883e8d87530 |
 */

export interface RemoteFile {
  /** The file's name, the same at every location and in the cache folder. */
  name: string;
  bytes: number;
  md5: string;
}

export interface DownloadSource {
  /** Base addresses, tried in order; a file's address is the base followed by its name. */
  locations: readonly string[];
  files: readonly RemoteFile[];
  /** The page that describes the dataset, for people fetching the files by hand. */
  homepage: string;
}

export const DOWNLOADABLE_IDS = ['mnist', 'fashion-mnist', 'cifar-10'] as const;
export type DownloadableId = (typeof DOWNLOADABLE_IDS)[number];

export const DOWNLOAD_SOURCES: Readonly<Record<DownloadableId, DownloadSource>> = {
  mnist: {
    locations: [
      'http://yann.lecun.com/exdb/mnist/',
      // PyTorch's mirror, which torchvision uses since the original often refuses downloads.
      'https://ossci-datasets.s3.amazonaws.com/mnist/',
    ],
    files: [
      {
        name: 'train-images-idx3-ubyte.gz',
        bytes: 9_912_422,
        md5: 'f68b3c2dcbeaaa9fbdd348bbdeb94873',
      },
      {
        name: 'train-labels-idx1-ubyte.gz',
        bytes: 28_881,
        md5: 'd53e105ee54ea40749a09fcbcd1e9432',
      },
      {
        name: 't10k-images-idx3-ubyte.gz',
        bytes: 1_648_877,
        md5: '9fb629c4189551a2d022fa330f9573f3',
      },
      { name: 't10k-labels-idx1-ubyte.gz', bytes: 4_542, md5: 'ec29112dd5afa0611ce80d1b7f02629c' },
    ],
    homepage: 'http://yann.lecun.com/exdb/mnist/',
  },
  'fashion-mnist': {
    locations: [
      'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
      'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
    ],
    files: [
      {
        name: 'train-images-idx3-ubyte.gz',
        bytes: 26_421_880,
        md5: '8d4fb7e6c68d591d4c3dfef9ec88bf0d',
      },
      {
        name: 'train-labels-idx1-ubyte.gz',
        bytes: 29_515,
        md5: '25c81989df183df01b3e8a0aad5dffbe',
      },
      {
        name: 't10k-images-idx3-ubyte.gz',
        bytes: 4_422_102,
        md5: 'bef4ecab320f06d8554ea6380940ec79',
      },
      { name: 't10k-labels-idx1-ubyte.gz', bytes: 5_148, md5: 'bb300cfdad3c16e7a12a480ee83cd310' },
    ],
    homepage: 'https://github.com/zalandoresearch/fashion-mnist',
  },
  'cifar-10': {
    locations: ['https://www.cs.toronto.edu/~kriz/'],
    files: [
      {
        name: 'cifar-10-binary.tar.gz',
        bytes: 170_052_171,
        md5: 'c32a1d4ab5d03f1284b67883e8d87530',
      },
    ],
    homepage: 'https://www.cs.toronto.edu/~kriz/cifar.html',
  },
};

export function isDownloadableId(id: string): id is DownloadableId {
  return (DOWNLOADABLE_IDS as readonly string[]).includes(id);
}

/** The total bytes to download for a dataset. */
export function downloadBytes(source: DownloadSource): number {
  return source.files.reduce((sum, file) => sum + file.bytes, 0);
}
