/** Russian for the convolution layers. Keys are the English phrases of the definitions. */
export const convTerms: Readonly<Record<string, string>> = {
  'Slides small filters over the image. Each filter is a Kh×Kw×C block of weights that looks at one patch at a time and gives one number per position, so every filter makes one output channel: a map of where its pattern appears.':
    'Проводит небольшие фильтры по изображению. Каждый фильтр — блок весов Kh×Kw×C, который смотрит на один участок за раз и даёт одно число на каждую позицию, так что каждый фильтр создаёт один выходной канал — карту того, где встречается его образ.',
  Filters: 'Фильтры',
  'How many filters, and so how many output channels.':
    'Сколько фильтров, а значит, и сколько выходных каналов.',
  Kernel: 'Ядро',
  'Height × width of the window each filter looks at.':
    'Высота × ширина окна, на которое смотрит каждый фильтр.',
  Strides: 'Шаг',
  'How far the window moves each step, down × across; 2 halves the output size.':
    'На сколько окно сдвигается за шаг, по вертикали × по горизонтали; шаг 2 вдвое уменьшает выход.',
  "'valid' places the window only where it fits; 'same' pads so the output is ⌈input/stride⌉.":
    "'valid' ставит окно только туда, где оно помещается; 'same' дополняет вход так, чтобы выход был ⌈вход/шаг⌉.",
  'Valid (no padding)': 'Valid (без дополнения)',
  'Same (pad with zeros)': 'Same (дополнение нулями)',
  Dilation: 'Разрежение',
  'Gaps between the kernel taps; d spreads a k-wide kernel over d·(k−1)+1 pixels.':
    'Промежутки между элементами ядра: разрежение d растягивает ядро ширины k на d·(k−1)+1 пикселей.',
  'The function applied to every output value.':
    'Функция, которую применяют к каждому выходному значению.',
  'Add a learned offset to every output channel.':
    'Прибавлять обучаемое смещение к каждому выходному каналу.',
  'Kernel init': 'Начальные веса ядра',
  'How the filter weights start before training.': 'Какими веса фильтров будут до начала обучения.',
  'How the biases start before training.': 'Какими смещения будут до начала обучения.',
  'Slides small filters along a sequence (a signal, or a sentence of word vectors). Each filter looks at a few consecutive steps and all their features at once and gives one number per position, so every filter makes one output channel.':
    'Проводит небольшие фильтры вдоль последовательности (сигнала или предложения из векторов слов). Каждый фильтр смотрит сразу на несколько идущих подряд шагов со всеми их признаками и даёт одно число на каждую позицию, так что каждый фильтр создаёт один выходной канал.',
  'How many consecutive steps each filter looks at.':
    'На сколько идущих подряд шагов смотрит каждый фильтр.',
  'How many steps the window moves each time; 2 halves the length.':
    'На сколько шагов окно сдвигается за раз; шаг 2 вдвое укорачивает выход.',
  'Gaps between the kernel taps; d spreads a k-step kernel over d·(k−1)+1 steps.':
    'Промежутки между элементами ядра: разрежение d растягивает ядро из k шагов на d·(k−1)+1 шагов.',
  'Filters each input channel on its own: a channel gets its own Kh×Kw filters (as many as the depth multiplier) and channels never mix. It needs far fewer weights than a full convolution; a 1×1 convolution afterwards mixes the channels.':
    'Фильтрует каждый входной канал отдельно: у каждого канала свои фильтры Kh×Kw (столько, каков множитель глубины), и каналы никогда не смешиваются. Весов нужно гораздо меньше, чем у полной свёртки; смешивает каналы следующая за ним свёртка 1×1.',
  'Depth multiplier': 'Множитель глубины',
  'How many filters each input channel gets of its own.':
    'Сколько собственных фильтров получает каждый входной канал.',
  'How the per-channel filters start.': 'Какими фильтры каждого канала будут до начала обучения.',
  'A convolution split in two cheaper steps: first every channel is filtered on its own (depthwise), then a 1×1 convolution mixes the channels into the output filters (pointwise). It learns similar patterns with far fewer weights, as in MobileNet and Xception.':
    'Свёртка, разбитая на два более дешёвых шага: сначала каждый канал фильтруется отдельно (depthwise), затем свёртка 1×1 смешивает каналы в выходные фильтры (pointwise). Она обучается похожим образам при гораздо меньшем числе весов, как в MobileNet и Xception.',
  'Runs a convolution backwards to make an image larger: every input pixel spreads a learned Kh×Kw patch into the output, patches a stride apart, and overlaps add up. Decoders, autoencoders and GAN generators use it to grow small feature maps into images.':
    'Проводит свёртку в обратную сторону, чтобы увеличить изображение: каждый входной пиксель раскладывает в выход обучаемый участок Kh×Kw, участки отстоят друг от друга на шаг, а перекрытия складываются. Декодеры, автокодировщики и генераторы GAN так выращивают из небольших карт признаков изображения.',
  'How much larger the output is: 2 doubles height and width.':
    'Во сколько раз выход больше входа: 2 удваивает высоту и ширину.',
  "'same' gives exactly input×stride; 'valid' adds max(kernel − stride, 0) more.":
    "'same' даёт ровно вход×шаг; 'valid' добавляет ещё max(ядро − шаг, 0).",
};
