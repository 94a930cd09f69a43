var H,on,Ro,xe,xt,gt,an,ut,sn,_t,Tt,dn,Ze=Symbol.for("pv"),ft={},yt=[],Oo=/^m(i|n|o|s|text|space)$/,Mt=Array.isArray,ln=yt.slice,Re=Object.assign;function Ee(t){t&&t.parentNode&&t.remove()}function pt(t,n,r,o,i){var d={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ze,__v:i||++on,__i:-1,__u:0};return!i&&H.vnode&&H.vnode(d),d}function T(t){return t.children}function ct(t,n){this.props=t,this.context=n,this.__g=0}function Te(t,n){if(n==null)return t.__&&Te(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Te(t)}function qo(t){var n,r=t.__v,o=r.__e,i=[],d=[],l=t.__P;l&&((n=Re({constructor:Ze},r)).__v=r.__v+1,H.vnode&&H.vnode(n),Et(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,i,o||Te(r),32&r.__u,d),n.__v=r.__v,n.__.__k[n.__i]=n,fn(i,n,d),r.__=r.__e=null,n.__e!=o&&un(n))}function un(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),un(t)}function Nt(t){(8&t.__g||(t.__g|=8,xe.push(t),gt++))&&xt==H.debounceRendering||((xt=H.debounceRendering)||queueMicrotask)(pn)}function pn(){try{for(var t,n=1;xe.length;)xe.length>n&&xe.sort(an),t=xe.shift(),n=xe.length,8&t.__g&&qo(t)}finally{(gt=xe.length)&&(xt||queueMicrotask)(pn)}}function cn(t,n,r,o,i,d,l,a,f,m,p){var v,b,u,P,C,A,q=o.__k||yt,M=n.length;for(f=Lo(r,n,q,f,M),v=0;v<M;v++)(u=r.__k[v])!=null&&(b=~u.__i&&q[u.__i]||ft,u.__i=v,A=Et(t,u,b,i,d,l,a,f,m,p),P=u.__e,(b.ref!=u.ref||8&b.__u)&&(b.ref&&Rt(b.ref,null,u,b),u.ref&&p.push(u.ref,u.__c||P,u)),C=C||P,4&u.__u?(f=mn(u,f,t,!b.__v),b.__e&&(b.__e=null)):typeof u.type=="function"&&A!==void 0?f=A:P&&(f=P.nextSibling),u.__u&=-21);return r.__e=C,f}function Lo(t,n,r,o,i){var d,l,a,f,m,p,v,b,u,P=r.length,C=P,A=0,q=0,M=t.__k=Array(i);for(d=0;d<i;d++)(l=n[d])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=M[d]=pt(null,l):Mt(l)?l=M[d]=pt(T,{children:l}):l.constructor===Ze&&l.__b?l=M[d]=pt(l.type,l.props,l.key,l.ref,l.__v):M[d]=l,f=d+A,l.__=t,l.__b=t.__b+1,a=null,~(m=l.__i=Fo(l,r,f,C))&&(C--,(a=r[m])&&(a.__u|=2)),a&&a.__v?(l.__u|=16,m==f-1?A--:m==f+1?A++:m!=f&&(m>f?A--:A++,q=1)):(~m||(i>P?A--:i<P&&A++),typeof l.type!="function"&&(l.__u|=4))):M[d]=null;if(q){for(p=[],v=[],d=0;d<i;d++)if((l=M[d])&&16&l.__u){for(A=0,b=p.length;A<b;)p[u=A+b>>1]<l.__i?A=u+1:b=u;p[A]=l.__i,v[d]=A+1}for(A=p.length;d--;)v[d]&&(v[d]==A?A--:M[d].__u|=4)}if(C)for(d=0;d<P;d++)!(a=r[d])||2&a.__u||(a.__e==o&&(o=Te(a)),Ot(a,a));return o}function mn(t,n,r,o){var i,d,l,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&(i[d].__=t,n=mn(i[d],n,r,!1));return n}for(n&&!n.parentNode&&(n=Te(t))&&!n.parentNode&&(n=null),l=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(l!=a&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Fo(t,n,r,o){var i,d=t.key,l=t.type,a=n[r],f=a&&!(2&a.__u);if(a===null&&d==null||f&&d==a.key&&l==a.type)return r;if(o>(f?1:0)){for(i=r-1;i>=0;i--)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i;for(i=r+1;i<n.length;i++)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i}return-1}function rn(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function lt(t,n,r,o,i){var d,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||rn(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||rn(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=Tt[n]||(Tt[n]=jo(n)),(t.__a||(t.__a={}))[n]=_t,d=n!=(n=n.replace(sn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,d):t.removeEventListener(n,l,d));else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function jo(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[ut]==null)n[ut]=_t++;else if(n[ut]<this.__a[t])return;return r(H.event?H.event(n):n)}}}function Et(t,n,r,o,i,d,l,a,f,m){var p,v,b,u,P,C,A,q,M,_,S,ce,Je,_e,B,Xe,we,Me,$e=n.type;if(n.constructor!==Ze)return null;128&r.__u&&(f=32&r.__u,p=r.__c.__z)&&(n.__u|=f,v=d=[],p.nodeType==8?a=mt(p,d):d.push(p),a=d[0]||a),(p=H.__b)&&p(n);e:if(typeof $e=="function"){b=l.length;try{if(q=n.props,M=(p=$e.prototype)&&p.render,_=(p=$e.contextType)&&o[p.__c],S=p?_?_.props.value:p.__:o,(u=r.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(M?n.__c=u=new $e(q,S):(n.__c=u=new ct(q,S),u.constructor=$e,u.render=Bo),_&&_.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),M&&(u.__s||(u.__s=u.state),$e.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Re({},u.__s)),Re(u.__s,$e.getDerivedStateFromProps(q,u.__s)))),P=u.props,C=u.state,u.__v=n,r.__c){if(q!==P&&M&&!$e.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(q,S),n.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(q,u.__s,S)===!1){n.__v!=r.__v&&(u.props=q,u.state=u.__s,u.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(de){de&&(de.__=n)}),yt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&l.push(u),a=Te(r);break e}u.componentWillUpdate&&u.componentWillUpdate(q,u.__s,S),M&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(P,C,A)})}else M&&!$e.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),M&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=S,u.props=q,u.__P=t,u.__g&=-5,ce=H.__r,Je=M?25:0;do u.__g&=-9,ce&&ce(n),p=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++Je<25);M&&(yt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=Re({},o,u.getChildContext())),M&&r.__c&&u.getSnapshotBeforeUpdate&&(A=u.getSnapshotBeforeUpdate(P,C)),_e=p&&p.type===T&&p.key==null?p.props.children:p,q.__P&&(p=a,i=(t=q.__P).namespaceURI,f=d=null,r.props&&r.props.__P!=t&&(r.__k.some(function(de){de&&Ot(de,de)}),r.__k=null),a=r.__k?Te(r,0):null),a=cn(t,Mt(_e)?_e:[_e],n,r,o,i,d,l,a,f,m),q.__P&&(n.__e=null,a=p),n.__u&=-161,v&&v.some(Ee),u.__h.length&&l.push(u),1&u.__g&&(u.__g&=-4)}catch(de){if(l.length=b,n.__v=null,f||d)if(de&&de.then){if(n.__u|=128|f,d){for(~(we=d.indexOf(a||void 0))||(we=d.length);(Me=d[we-1])&&Me.nodeType==8;)we--;for(;we<d.length;we++)if(Me=d[we])if(d[we]=null,B){if(Me==Xe)break}else{if(Me.nodeType!=8)break;Me.data.startsWith("$s")&&(Xe=mt(B=Me))}}if(!B){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;B=a}(p=mt(B=n.__c.__z||(n.__c.__z=B)))?(n.__e=B,a=p):n.__e=a,a=a&&a.nextSibling}else d&&d.some(Ee);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),de&&de.then||gn(n),H.__e(de,n,r)}}else a=n.__e=Uo(r.__e,n,r,o,i,d,l,f,m,t);return(p=H.diffed)&&p(n),a}function mt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function gn(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(gn))}function fn(t,n,r){for(var o=0;o<r.length;)Rt(r[o++],r[o++],r[o++]);H.__c&&H.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(d){d.call(i)})}catch(d){H.__e(d,i.__v)}})}function Uo(t,n,r,o,i,d,l,a,f,m){var p,v,b,u,P,C,A,q,M=r.props||ft,_=n.props,S=n.type;if(S=="svg"?i="http://www.w3.org/2000/svg":S=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),d){for(p=0;p<d.length;p++)if((P=d[p])&&(S?P.localName==S:P.nodeType==3)){t=P,d[p]=null;break}}if(!t){if(q=m.ownerDocument||document,!S)return q.createTextNode(_);t=q.createElementNS(i,S,_.is?_:m),a&&(H.__m&&H.__m(n,d),a=!1),d=null}if(S){if(m=S=="template"&&t.content||t,d=S=="textarea"&&_.defaultValue!=null?null:d&&ln.call(m.childNodes),!a&&d)for(M={},p=0;p<t.attributes.length;p++)M[(P=t.attributes[p]).name]=P.value;for(p in M)P=M[p],p=="dangerouslySetInnerHTML"?b=P:p=="children"||p in _||p=="value"&&"defaultValue"in _||p=="checked"&&"defaultChecked"in _||lt(t,p,null,P,i);for(p in _)P=_[p],p=="children"?u=P:p=="dangerouslySetInnerHTML"?v=P:p=="value"?C=P:p=="checked"?A=P:a&&typeof P!="function"||M[p]===P||lt(t,p,P,M[p],i);v?(a||b&&(v.__html==b.__html||v.__html==t.innerHTML)||(t.innerHTML=v.__html),n.__k=[]):(b&&(t.textContent=""),(S=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&Oo.test(S))&&(i="http://www.w3.org/1999/xhtml"),cn(m,Mt(u)?u:[u],n,r,o,i,d,l,d?d[0]:r.__k&&Te(r,0),a,f),d&&d.some(Ee)),a&&S!="textarea"||(p="value",S=="progress"&&C==null?t.removeAttribute(p):C==null||C===t[p]&&(S!="progress"||C)||lt(t,p,C,M[p],i),p="checked",A!=null&&A!=t[p]&&lt(t,p,A,M[p],i))}else M===_||a&&t.data==_||(t.data=_);return t}function Rt(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(i){H.__e(i,r)}}function Ot(t,n,r){var o,i,d,l;if(H.unmount&&H.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Rt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){H.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&Ot(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(i=mt(o,d=[]))&&(o==t.__e&&d.some(Ee),Ee(i),Ee(o)),r||Ee(t.__e),t.__e=t.__c=t.__=null}function Bo(t,n,r){return this.constructor(t,r)}function yn(t,n){var r,o,i,d;H.__&&H.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=pt(T,{children:[t]}),i=[],d=[],Et(n,n.__k,o||ft,ft,n.namespaceURI,o?null:n.firstChild?ln.call(n.childNodes):null,i,o?o.__e:n.firstChild,r,d),fn(i,n.__k,d),n.__k.props.children=null}function hn(t){function n(r){var o,i;return this.getChildContext||(o=new Set,(i={})[n.__c]=this,this.getChildContext=function(){return i},this.shouldComponentUpdate=function(d){this.props.value!=d.value&&o.forEach(function(l){l.__g|=4,Nt(l)})},this.sub=function(d){o.add(d);var l=d.componentWillUnmount;d.componentWillUnmount=function(){o.delete(d),l&&l.call(d)}}),r.children}return n.__c="__cC"+dn++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}H={__e:function(t,n,r,o){for(var i,d,l;n=n.__;)if((i=n.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(d=i.constructor)&&d.getDerivedStateFromError)&&i.setState(d.getDerivedStateFromError(t)),i.componentDidCatch&&(i.componentDidCatch(t,o||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(a){t=a}}throw gt=0,t}},on=0,Ro=function(t){return t!=null&&t.constructor===Ze},ct.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=Re({},this.state)),typeof t=="function"&&(t=t(Re({},r),this.props)),t&&(Re(r,t),this.__v&&(n&&this.__k.push(n),Nt(this)))},ct.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Nt(this))},ct.prototype.render=T,xe=[],gt=0,an=function(t,n){return t.__v.__b-n.__v.__b},ut=Symbol(),sn=/(PointerCapture)$|Capture$/i,_t=0,Tt={},dn=0;var Oe,G,qt,bn,Lt=Object.is,tt=0,Sn=[],Ft=[],Z=H,Dn=Z.__b,Cn=Z.__r,vn=Z.diffed,An=Z.__c,kn=Z.unmount,In=Z.__;function nt(t,n){Z.__h&&Z.__h(G,t,tt||n),tt=0;var r=G.__H||(G.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function y(t){return tt=1,Vo(_n,t)}function Vo(t,n,r){var o=nt(Oe++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):_n(void 0,n),function(d){var l=(o.__N||o.__)[0],a=o.t(l,d);Lt(l,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=G,!G.__f)){G.__f=!0;var i=G.shouldComponentUpdate;G.shouldComponentUpdate=function(d,l,a){var f=this.__H;if(!f)return!0;var m=!1,p=this.props!=d;if(f.__.some(function(b){b.__N&&(m=!0,Lt(b.__[0],b.__N[0])||(p=!0))}),i){var v=i.call(this,d,l,a);return m?v||p:v}return!m||p}}return o.__}function Y(t,n){var r=nt(Oe++,3);!Z.__s&&Nn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,G.__H.__h.push(r))}function Pe(t){return tt=5,wn(function(){return{current:t}},[])}function wn(t,n){var r=nt(Oe++,7);return Nn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function xn(t,n){return tt=8,wn(function(){return t},n)}function Tn(t){var n=G.context[t.__c],r=nt(Oe++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(G)),n.props.value):t.__}function oe(){var t=nt(Oe++,11);if(!t.__){for(var n=G.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Ho(){var t;do{for(;t=Ft.shift();)try{et(t)}catch(r){Z.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=Sn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(et),n.__h.some(jt),n.__h=[]}catch(r){n.__h=[],Z.__e(r,t.__v)}}}while(Ft.length)}Z.__b=function(t){G=null,Dn&&Dn(t)},Z.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),In&&In(t,n)},Z.__r=function(t){Cn&&Cn(t),Oe=0;var n=(G=t.__c).__H;n&&(qt==G?G.__h=[]:(n.__h.some(et),n.__h.some(jt),Oe=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),qt=G},Z.diffed=function(t){vn&&vn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&Pn(Sn.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),qt=G=null},Z.__c=function(t,n){n.some(function(r){try{r.__h.some(et),r.__h=r.__h.filter(function(o){return!o.__||jt(o)})}catch(o){r.__h=[function(){throw o}]}}),An&&An(t,n)},Z.unmount=function(t){kn&&kn(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}i.__P=r,Pn(Ft.push(i))}else et(i)}catch(d){n=d}}),o.__H=void 0,n&&Z.__e(n,o.__v))};var $n=typeof requestAnimationFrame=="function";function Ko(t){var n,r=function(){clearTimeout(o),$n&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);$n&&(n=requestAnimationFrame(r))}function Pn(t){t!=1&&bn==Z.requestAnimationFrame||((bn=Z.requestAnimationFrame)||Ko)(Ho)}function et(t){var n=G,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),G=n}function jt(t){var n=G;t.__c=t.__(),G=n}function Nn(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Lt(r,t[o])})}function _n(t,n){return typeof n=="function"?n(t):n}var Mn="pppdesk.admin.lang",Bt=Wo(),Ut=new Set;function Wo(){try{return localStorage.getItem(Mn)==="en"?"en":"ja"}catch{return"ja"}}function ge(){return Bt}function En(t){Bt=t;try{localStorage.setItem(Mn,t)}catch{}document.documentElement.lang=t,Ut.forEach(n=>n())}function Rn(t){return Ut.add(t),()=>Ut.delete(t)}function fe(t,n){return(r,o)=>{let i=(Bt==="en"?n[r]:t[r])??String(r);return o?i.replace(/\{(\w+)\}/g,(d,l)=>l in o?String(o[l]):d):i}}var h=fe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Vt="pppdesk.admin.token";function qe(){try{return sessionStorage.getItem(Vt)}catch{return null}}function Le(t){try{t?sessionStorage.setItem(Vt,t):sessionStorage.removeItem(Vt)}catch{}Ht.forEach(n=>n(t!==null))}var Ht=new Set;function On(t){return Ht.add(t),()=>Ht.delete(t)}var qn=new URL("../",location.href),Qo=new URL("graphql",qn),Q=class extends Error{constructor(r,o,i){super(o);this.code=r;this.serverMessage=o;this.field=i}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:h("errBadInput"),CONFLICT:h("errConflict"),FORBIDDEN:h("errForbidden"),NOT_FOUND:h("errNotFound"),UNAUTHENTICATED:h("errUnauthenticated"),RATE_LIMITED:h("errRateLimited"),UNAVAILABLE:h("errUnavailable"),INTERNAL:h("errInternal"),NETWORK:h("errNetwork")}[this.code]];return this.field&&o.push(h("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(h("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Ln(t){return t instanceof Q?t.clerkMessage():h("errInternal")}var zo=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Go(t){let n=t.extensions?.code??"INTERNAL";return new Q(zo.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Fn(t,n){let r=qe();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Qo,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new Q("NETWORK","")}let i;try{i=await o.json()}catch{throw new Q(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(i.errors&&i.errors.length>0){let d=Go(i.errors[0]);throw d.code==="UNAUTHENTICATED"&&r&&Le(null),d}if(!i.data)throw new Q("INTERNAL",`HTTP ${o.status}`);return i.data}function x(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Fn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function ht(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let i={};return r.forEach((d,l)=>i[String(l)]=[d.path]),o.append("map",JSON.stringify(i)),r.forEach((d,l)=>o.append(String(l),d.file,d.file.name)),Fn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Kt(t){return new URL(t.replace(/^\/+/,""),qn)}async function jn(t,n){let r=qe(),o;try{o=await fetch(Kt(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new Q("NETWORK","")}if(o.status===401)throw Le(null),new Q("UNAUTHENTICATED","");if(o.status===403)throw new Q("FORBIDDEN","");if(o.status===404)throw new Q("NOT_FOUND","");if(!o.ok)throw new Q(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let i=URL.createObjectURL(await o.blob()),d=document.createElement("a");d.href=i,d.download=n,document.body.appendChild(d),d.click(),d.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}var k=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},Un=new k(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Bn=new k(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),Vn=new k(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),Hn=new k(`
    mutation Logout {
  logout
}
    `),Kn=new k(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Wn=new k(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Qn=new k(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),zn=new k(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Gn=new k(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Yn=new k(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Jn=new k(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Xn=new k(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),Zn=new k(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),er=new k(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),tr=new k(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),nr=new k(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),rr=new k(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),ir=new k(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),or=new k(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),ar=new k(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),sr=new k(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),dr=new k(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),lr=new k(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ur=new k(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),pr=new k(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),cr=new k(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),mr=new k(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),gr=new k(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),fr=new k(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),yr=new k(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),hr=new k(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),br=new k(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Dr=new k(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Cr=new k(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),vr=new k(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Ar=new k(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),kr=new k(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),Ir=new k(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),$r=new k(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),Pr=new k(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Sr=new k(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),wr=new k(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),xr=new k(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),Tr=new k(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Nr=new k(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),_r=new k(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Mr=new k(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Er=new k(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Rr=new k(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Or=new k(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),qr=new k(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Lr=new k(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Fr=new k(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),jr=new k(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Ur=new k(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Br=new k(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),Vr=new k(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),Hr=new k(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),Kr=new k(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),Wr=new k(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),Qr=new k(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),zr=new k(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),Gr=new k(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),Yr=new k(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `),Jr=new k(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `),Xr=new k(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),Zr=new k(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),ei=new k(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),ti=new k(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),ni=new k(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),ri=new k(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),ii=new k(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),oi=new k(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ai=new k(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),si=new k(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),di=new k(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),li=new k(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),ui=new k(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),pi=new k(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),ci=new k(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),mi=new k(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),gi=new k(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),fi=new k(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),yi=new k(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Jo={"\n  mutation Logout {\n    logout\n  }\n":Hn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Kn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Wn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":Qn,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":zn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":Gn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Yn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Jn,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":Xn,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Zn,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":er,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":tr,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":nr,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":rr,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ir,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":or,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ar,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":sr,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":dr,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":lr,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":ur,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":pr,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":cr,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":mr,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":gr,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":fr,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":yr,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":hr,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":br,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Dr,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Cr,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":vr,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Ar,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":kr,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":Ir,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":$r,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":Pr,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Sr,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":wr,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":xr,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":Tr,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Un,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Nr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":_r,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Mr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Er,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Rr,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Or,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":qr,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Lr,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Fr,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":jr,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Ur,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Br,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Vr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":Hr,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":Kr,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":Wr,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Qr,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":zr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":Gr,"\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n":Yr,"\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n":Jr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":Xr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":Zr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":ei,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":ti,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":ni,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":ri,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ii,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":oi,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ai,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":si,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":di,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":li,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ui,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":pi,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Bn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":ci,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":mi,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Vn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":gi,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":fi,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":yi};function D(t){return Jo[t]??{}}function N(t,n,r=!1){let o=JSON.stringify(n),[i,d]=y(void 0),[l,a]=y(void 0),[f,m]=y(!r),p=Pe(0),v=xn(async()=>{if(r)return;let b=++p.current;m(!0);try{let u=await x(t,JSON.parse(o));b===p.current&&(d(u),a(void 0))}catch(u){b===p.current&&a(u instanceof Q?u:new Q("INTERNAL",String(u)))}finally{b===p.current&&m(!1)}},[t,o,r]);return Y(()=>{v()},[v]),{data:i,error:l,loading:f,reload:v}}function F(t){let[n,r]=y(!1),[o,i]=y(void 0);return{run:async(...l)=>{r(!0),i(void 0);try{return await t(...l)}catch(a){i(a instanceof Q?a:new Q("INTERNAL",String(a)));return}finally{r(!1)}},busy:n,error:o,clear:()=>i(void 0)}}function hi(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function bi(){let[t,n]=y(hi);return Y(()=>{let r=()=>n(hi());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function O(t,n){let r=new URLSearchParams;for(let[i,d]of Object.entries(n??{}))d&&r.set(i,d);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function ae(t,n){location.hash=O(t,n)}function Xo(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let i={};for(let d=0;d<r.length;d++){let l=r[d];if(l.startsWith(":"))i[l.slice(1)]=decodeURIComponent(o[d]);else if(l!==o[d])return null}return i}function Di(t,n){for(let r of t){let o=Xo(r.path,n);if(o)return{route:r,params:o}}return null}var g=fe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Ci=D(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function ie(t,n){return n?t.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var Wt=hn(null);function ye(){let t=Tn(Wt);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Zo=Symbol.for("pv"),ea=0;function e(t,n,r,o,i,d){n||(n={});var l,a,f=n;if("ref"in f&&typeof t!="function")for(a in f={},n)a=="ref"?l=n[a]:f[a]=n[a];var m={type:t,props:f,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Zo,__v:--ea,__i:-1,__u:0};return(i||d)&&(m.__source=i,m.__self=d),H.vnode&&H.vnode(m),m}var ta=D(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function vi(){let t=ye(),n=ie(t,{resource:"proposal",action:"read"}),r=N(ta,{},!n),o=r.data?.proposals.totalCount??0,i=rt.filter(d=>d.nav&&d.path!=="/"&&ie(t,d.permission)).sort((d,l)=>d.nav.order-l.nav.order);return e("section",{children:[e("h1",{children:h("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&r.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:O("/proposals",{attention:"1"}),children:g("homeAttention",{n:o})}):g("attentionNone")}),e("ul",{class:"tiles",children:i.map(d=>e("li",{children:e("a",{class:"tile",href:O(d.path),children:d.nav.label()})},d.path))})]})}var bt="Asia/Tokyo",na=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:bt}),ra=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),ia=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:bt}),Ai=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:bt}),oa=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:bt});function ki(t){return t.replace(/(\D)1年/,"$1元年")}function K(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return ge()==="en"?t:`${ki(ra.format(r))}（${t}）`}function E(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=ia.format(n);return ge()==="en"?`${oa.format(n)} ${Ai.format(n)}`:`${ki(na.format(n))}（${r}）${Ai.format(n)}`}function j({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function $({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Ln(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function U({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function L({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function I({variant:t="secondary",busy:n,disabled:r,children:o,type:i,...d}){return e("button",{...d,type:i??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Qt({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",h("required"),"）"]})]})}function Dt(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function Ct({id:t,help:n,error:r}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function w(t){let n=oe();return e("div",{class:"field",children:[e(Qt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":Dt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(Ct,{id:n,help:t.help,error:t.error})]})}function z(t){let n=oe();return e("div",{class:"field",children:[e(Qt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":Dt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(Ct,{id:n,help:t.help,error:t.error})]})}function R(t){let n=oe();return e("div",{class:"field",children:[e(Qt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":Dt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(Ct,{id:n,help:t.help,error:t.error})]})}function vt(t){let n=oe();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":Dt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(Ct,{id:n,help:t.help,error:t.error})]})}function J({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function X(t){let[n,r]=y([]);Y(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],i=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(d=>e("th",{scope:"col",class:d.class,children:d.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:h("empty")})}),o.map(d=>e("tr",{children:t.columns.map(l=>e("td",{class:l.class,children:l.cell(d.node)}))},t.rowKey(d.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?h("pageInfo",{from:i,to:i+o.length-1,n:t.page.totalCount}):h("totalCount",{n:t.page.totalCount})}),e(I,{disabled:n.length===0,onClick:()=>{let d=n.slice(0,-1);r(d),t.onAfter(n[n.length-1]??null)},children:["← ",h("prev")]}),e(I,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[h("next")," →"]})]})]})}function aa(t){return g(`status${t}`)}function je(t){return g(`kind${t}`)}var sa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function At({status:t}){return e(j,{tone:sa[t],testid:"proposal-status",children:aa(t)})}var Ii=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function $i(t){return t<1024?g("bytes",{n:t}):t<1024*1024?g("kb",{n:(t/1024).toFixed(1)}):g("mb",{n:(t/1024/1024).toFixed(1)})}D(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var Pi=D(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),da=D(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),kt=20,la=["status","kind","challenge","department","from","to","q","attention"];function ua(t){let n={};for(let r of la){let o=t.get(r);o&&(n[r]=o)}return n}function pa(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function ca(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function Si({query:t}){let n=ua(t),[r,o]=y(n),i=pa(n),d=JSON.stringify(i),[l,a]=y({key:d,after:null}),f=l.key===d?l.after:null,m=C=>a({key:d,after:C}),p=N(Pi,{first:kt,after:f,filter:i}),v=N(da,{}),b=C=>A=>o({...r,[C]:A}),u=C=>{m(null),ae("/proposals",C)},P=ga();return e("section",{children:[e("h1",{children:g("inboxTitle")}),!n.attention&&e(ma,{columns:P}),e("h2",{class:"visually-hidden",children:g("inboxCaption")}),e("nav",{"aria-label":g("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:O("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:g("all")})}),Ii.map(C=>e("li",{children:e("a",{href:O("/proposals",{...n,status:C}),"aria-current":n.status===C?"page":void 0,"data-testid":`status-tab-${C}`,children:g(`status${C}`)})},C))]})}),e("form",{class:"filters",role:"search",onSubmit:C=>{C.preventDefault(),u(r)},children:[e(J,{legend:g("filters"),class:"filters-grid",children:[e(w,{label:g("search"),type:"search",value:r.q??"",onInput:b("q"),testid:"filter-search"}),e(R,{label:g("kind"),value:r.kind??"",onChange:b("kind"),options:[{value:"",label:g("any")},...["FREE","CHALLENGE"].map(C=>({value:C,label:je(C)}))]}),e(R,{label:g("challenge"),value:r.challenge??"",onChange:b("challenge"),options:[{value:"",label:g("any")},...v.data?.challenges.edges.map(C=>({value:C.node.id,label:C.node.title}))??[]]}),e(R,{label:g("department"),value:r.department??"",onChange:b("department"),options:[{value:"",label:g("any")},...ca(v.data?.municipality.departments??[])],testid:"filter-department"}),e(w,{label:g("submittedFrom"),type:"date",value:r.from??"",onInput:b("from")}),e(w,{label:g("submittedTo"),type:"date",value:r.to??"",onInput:b("to")}),e(vt,{label:g("onlyAttention"),checked:!!r.attention,onChange:C=>o({...r,attention:C?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:g("apply")}),e(I,{onClick:()=>{o({}),u({})},children:g("reset")})]})]}),e($,{error:p.error,onRetry:()=>{p.reload()},retryLabel:h("retry")}),p.loading&&!p.data&&e(L,{label:h("loading")}),p.data&&e(X,{caption:g("inboxCaption"),columns:P,page:p.data.proposals,after:f,onAfter:m,resetKey:d,rowKey:C=>C.id,pageSize:kt,testid:"inbox-table"})]})}function ma({columns:t}){let[n,r]=y(null),o=N(Pi,{first:kt,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:g("attentionTitle")}),e("p",{class:"help",children:g("attentionHelp")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:g("attentionNone")}):e(X,{caption:g("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:i=>i.id,pageSize:kt,testid:"attention-table"}))]})}function ga(){return[{header:g("colTitle"),cell:t=>e("a",{href:O(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:g("colProposer"),cell:t=>t.organization?.name??""},{header:g("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${je(t.kind)}：${t.challenge.title}`:je(t.kind)},{header:g("colStatus"),cell:t=>e(At,{status:t.status})},{header:g("colSubmitted"),cell:t=>t.submittedAt?E(t.submittedAt):g("notSubmitted")},{header:g("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(j,{tone:"danger",icon:"!",children:g("overdue")})," ",t.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",children:g("unread",{n:t.unreadMessageCount})})]})},{header:g("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${K(n.dueOn)}）`,n.respondedAt&&e(j,{tone:"success",children:g("answered")})]},n.department.id))})}]}function re(t){let n=Pe(null),r=oe(),o=Pe(null);return Y(()=>{let i=n.current;i&&(t.open&&!i.open?(o.current=document.activeElement,i.showModal()):!t.open&&i.open&&(i.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:i=>{i.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e(I,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??h("ok")}),e(I,{onClick:t.onCancel,children:h("cancel")})]})]})}function zt(t){return new Set(t.viewerActions)}var fa=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ya=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ha=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ba=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Da=D(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),Ca=D(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function wi({p:t,actions:n,notice:r,onChange:o}){let i=["ASSIGN","RESPOND","DECIDE","LINK"].some(d=>n.has(d));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:g("secActions")}),e(U,{children:r}),!i&&e("p",{class:"muted",children:g("noActions")}),n.has("ASSIGN")&&e(va,{p:t,onChange:o}),n.has("RESPOND")&&e(Aa,{p:t,onChange:o}),n.has("DECIDE")&&e(ka,{p:t,onChange:o}),n.has("LINK")&&e(Ia,{p:t,onChange:o})]})}function va({p:t,onChange:n}){let r=N(Da,{}),[o,i]=y(new Set),[d,l]=y(""),[a,f]=y(!1),m=F(async()=>{let u=await x(fa,{id:t.id,departmentIds:[...o],dueOn:d||null});i(new Set),n(u.assignProposal.proposal,g("assigned"))}),p=new Set(t.assignments.map(u=>u.department.id)),v=new Map,b=(r.data?.municipality.departments??[]).map(u=>{let P=u.parent?(v.get(u.parent.id)??0)+1:0;return v.set(u.id,P),{...u,depth:Math.min(P,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:g("assignTitle")}),e("p",{class:"help",children:g("assignHelp")}),e("form",{onSubmit:u=>{if(u.preventDefault(),o.size===0){f(!0);return}f(!1),m.run()},children:[e(J,{legend:g("assignDepartments"),class:"tree",children:[e($,{error:r.error}),e("ul",{class:"plain",children:b.map(u=>e("li",{class:`depth-${u.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(u.id)||o.has(u.id),disabled:p.has(u.id),onChange:P=>{let C=new Set(o);P.currentTarget.checked?C.add(u.id):C.delete(u.id),i(C)}})," ",u.name]})},u.id))}),a&&e("p",{class:"field-error",role:"alert",children:g("assignPick")})]}),e(w,{label:g("assignDue"),type:"date",value:d,onInput:l,testid:"assign-due"}),e($,{error:m.error}),e(I,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"assign-submit",children:g("assignSubmit")})]})]})}function Aa({p:t,onChange:n}){let[r,o]=y(""),[i,d]=y(""),[l,a]=y(!1),f=F(async()=>{let m=await x(ya,{id:t.id,opinion:r,feasible:i==="yes"});n(m.respondToAssignment.proposal,g("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:g("respondTitle")}),e("form",{onSubmit:m=>{m.preventDefault(),a(!0),!(!r.trim()||!i)&&f.run()},children:[e(J,{legend:g("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:i==="yes",onChange:()=>d("yes"),"data-testid":"respond-feasible-yes"})," ",g("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:i==="no",onChange:()=>d("no"),"data-testid":"respond-feasible-no"})," ",g("feasibleNo")]}),l&&!i&&e("p",{class:"field-error",children:g("respondFeasible")})]}),e(z,{label:g("respondOpinion"),required:!0,value:r,onInput:o,error:l&&!r.trim()?g("opinionRequired"):void 0,testid:"respond-opinion"}),e($,{error:f.error}),e(I,{type:"submit",variant:"primary",busy:f.busy,"data-testid":"respond-submit",children:g("respondSubmit")})]})]})}function ka({p:t,onChange:n}){let[r,o]=y(""),[i,d]=y(""),[l,a]=y(!1),[f,m]=y(!1),p=F(async()=>{if(!r)return;let b=await x(ha,{id:t.id,decision:r,reason:i});m(!1),n(b.decideProposal.proposal,g("decided"))}),v=r==="ACCEPTED"?g("decideAccept"):g("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:g("decideTitle")}),e("form",{onSubmit:b=>{b.preventDefault(),a(!0),!(!r||!i.trim())&&m(!0)},children:[e(J,{legend:g("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",g("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",g("decideDecline")]}),l&&!r&&e("p",{class:"field-error",children:g("decision")})]}),e(z,{label:g("reason"),help:g("reasonHelp"),required:!0,value:i,onInput:d,error:l&&!i.trim()?g("reasonRequired"):void 0,testid:"decide-reason"}),e($,{error:p.error}),e(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:g("decideSubmit")})]}),e(re,{open:f,title:g("decideConfirmTitle"),confirmLabel:v,danger:r==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>m(!1),children:[e("p",{children:g("decideConfirm",{title:t.title,decision:v})}),e("p",{class:"prewrap",children:[g("reason"),"：",i]}),e($,{error:p.error})]})]})}function Ia({p:t,onChange:n}){let r=N(Ca,{}),[o,i]=y(""),[d,l]=y(""),[a,f]=y(""),[m,p]=y(""),[v,b]=y("PARTNERSHIP"),[u,P]=y("BUSINESS"),[C,A]=y(""),[q,M]=y(""),[_,S]=y(!1),ce=F(async()=>{let B=await x(ba,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:d==="existing"&&m?m:null,newProject:o==="new"?{kind:v,title:C.trim()||null}:null,newAgreement:d==="new"?{kind:u,title:q.trim()||null}:null});i(""),l(""),n(B.linkProposalOutcome.proposal,g("linked")),r.reload()}),Je=[{value:"",label:g("linkNone")},{value:"existing",label:g("linkExisting")},{value:"new",label:g("linkNew")}],_e={value:"",label:g("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:g("linkTitle")}),e("p",{class:"help",children:g("linkHelp")}),e($,{error:r.error}),e("form",{onSubmit:B=>{B.preventDefault();let Xe=o==="existing"&&a||o==="new"||d==="existing"&&m||d==="new";S(!Xe),Xe&&ce.run()},children:[e(J,{legend:g("linkProject"),children:[e(R,{label:g("linkProject"),value:o,onChange:B=>i(B),options:Je,testid:"link-project-mode"}),o==="existing"&&e(R,{label:g("linkPick"),value:a,onChange:f,options:[_e,...r.data?.projects.edges.map(B=>({value:B.node.id,label:B.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(R,{label:g("newKind"),value:v,onChange:B=>b(B),options:["PARTNERSHIP","DEMONSTRATION"].map(B=>({value:B,label:g(`proj${B}`)}))}),e(w,{label:g("newTitle"),value:C,onInput:A})]})]}),e(J,{legend:g("linkAgreement"),children:[e(R,{label:g("linkAgreement"),value:d,onChange:B=>l(B),options:Je,testid:"link-agreement-mode"}),d==="existing"&&e(R,{label:g("linkPick"),value:m,onChange:p,options:[_e,...r.data?.agreements.edges.map(B=>({value:B.node.id,label:B.node.title}))??[]],testid:"link-agreement"}),d==="new"&&e(T,{children:[e(R,{label:g("newKind"),value:u,onChange:B=>P(B),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(B=>({value:B,label:g(`agr${B}`)}))}),e(w,{label:g("newTitle"),value:q,onInput:M})]})]}),_&&e("p",{class:"field-error",role:"alert",children:g("linkNothing")}),e($,{error:ce.error}),e(I,{type:"submit",variant:"primary",busy:ce.busy,"data-testid":"link-submit",children:g("linkSubmit")})]})]})}var $a=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Pa=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function xi({p:t,actions:n,onChange:r,onReload:o}){let i=n.has("MESSAGE"),d=n.has("INTERNAL_NOTE"),[l,a]=y(!i&&d),[f,m]=y(""),[p,v]=y(""),b=F(async()=>{let A=await x($a,{proposalId:t.id,body:f,internal:l});m(""),v(l?g("postedNote"):g("posted")),r(A.postProposalMessage.proposal)}),[u,P]=y(null),C=F(async A=>{if(!u)return;let q=await ht(Pa,{proposalId:t.id,file:null},[{path:"variables.file",file:u}]);P(null),A.reset(),v(g("attached",{name:q.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:g("secDialogue")}),e("p",{class:"help",children:g("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:g("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(A=>e("li",{class:A.internal?"msg msg-internal":"msg msg-shared","data-testid":A.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[A.internal?e(j,{tone:"internal",icon:"✎",children:[g("internalNote"),"（",g("internalNoteHint"),"）"]}):e(j,{tone:"info",icon:"✉",children:g("sharedMessage")}),e("span",{class:"msg-author",children:Gt(A.author)}),e("time",{class:"muted",dateTime:A.createdAt,children:E(A.createdAt)})]}),e("p",{class:"prewrap",children:A.body})]},A.id))}),e(U,{children:p}),(i||d)&&e("form",{class:"post-form",onSubmit:A=>{A.preventDefault(),v(""),b.run()},children:[i&&d&&e(J,{legend:g("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!l,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),g("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:l,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),g("internalNote"),"（",g("internalNoteHint"),"）"]})]}),e(z,{label:l?`${g("postBody")}（${g("internalNote")}）`:`${g("postBody")}（${g("sharedMessage")}）`,required:!0,value:f,onInput:m,rows:4,testid:"post-body"}),e($,{error:b.error}),e(I,{type:"submit",variant:"primary",busy:b.busy,disabled:!f.trim(),"data-testid":"post-submit",children:g("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:A=>{A.preventDefault(),v(""),C.run(A.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:g("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:A=>P(A.currentTarget.files?.[0]??null)})]}),e($,{error:C.error}),e(I,{type:"submit",busy:C.busy,disabled:!u,children:g("attach")})]})]})}D(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var Sa=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),wa=D(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ti=["CITY","PARTNER"],Ni=["PEOPLE","GOODS","MONEY","INFORMATION"],xa=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Gt(t){if(!t)return"";let n=g(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function _i({params:t}){let n=t.id,r=N(Sa,{id:n}),[o,i]=y(null),d=o??r.data?.proposal??null,[l,a]=y(""),f=(b,u)=>{i(b),a(u??"")},m=async()=>{i(null),await r.reload()},p=Pe(!1),v=r.data?.proposal;return Y(()=>{!v||p.current||v.unreadMessageCount===0||!v.viewerActions.includes("MARK_READ")||(p.current=!0,x(wa,{id:v.id}).then(b=>i(b.markProposalRead.proposal)).catch(()=>{}))},[v]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:O("/proposals"),children:["← ",g("back")]})}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),r.loading&&!d&&e(L,{label:h("loading")}),r.data&&!d&&e("p",{class:"banner banner-error",role:"alert",children:g("notFound")}),d&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:d.title}),e("p",{class:"meta",children:[e(At,{status:d.status})," ",e(j,{children:je(d.kind)}),d.overdue&&e(j,{tone:"danger",icon:"!",testid:"overdue",children:g("overdue")}),d.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",testid:"unread",children:g("unread",{n:d.unreadMessageCount})}),d.challenge&&e("span",{children:[" ",d.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("organization")}),e("dd",{children:d.organization?.name??g("none")})]}),e("div",{children:[e("dt",{children:g("submittedAt")}),e("dd",{children:d.submittedAt?E(d.submittedAt):g("notSubmitted")})]}),d.decidedAt&&e("div",{children:[e("dt",{children:g("decidedAt")}),e("dd",{children:E(d.decidedAt)})]}),d.project&&e("div",{children:[e("dt",{children:g("currentProject")}),e("dd",{"data-testid":"linked-project",children:d.project.title})]}),d.agreement&&e("div",{children:[e("dt",{children:g("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:d.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(Ta,{p:d}),e(Na,{p:d}),e(_a,{p:d}),e(xi,{p:d,actions:zt(d),onChange:f,onReload:m}),e(Ma,{p:d})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(wi,{p:d,actions:zt(d),notice:l,onChange:f})})]})]})]})}function Yt({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:g("none")})}function Ta({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:g("secContent")}),e("h3",{children:g("summary")}),e(Yt,{text:t.summary}),e("h3",{children:g("body")}),e(Yt,{text:t.body}),e("h3",{children:g("desiredScheme")}),e(Yt,{text:t.desiredScheme}),e("h3",{children:g("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:g("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("side")}),Ni.map(n=>e("th",{scope:"col",children:g(`res${n}`)},n))]})}),e("tbody",{children:Ti.map(n=>e("tr",{children:[e("th",{scope:"row",children:g(`side${n}`)}),Ni.map(r=>{let o=t.resources.filter(i=>i.side===n&&i.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((i,d)=>e("li",{children:i.description},d))})},r)})]},n))})]})}),e("h3",{children:g("merits")}),e("div",{class:"merits",children:Ti.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:g("meritFor",{side:g(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:g("none")}):e("ul",{children:r.map((o,i)=>e("li",{children:o.description},i))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:g("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:g("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:g("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:g("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Na({p:t}){let[n,r]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:g("secAttachments")}),e($,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:g("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e(I,{variant:"link","aria-label":g("download",{name:o.fileName}),onClick:()=>{r(null),jn(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[$i(o.size)," ・ ",E(o.createdAt),o.messageId&&` ${g("onMessage")}`]})]},o.id))})]})}function _a({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:g("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:g("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:g("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("department")}),e("th",{scope:"col",children:g("dueOn")}),e("th",{scope:"col",children:g("feasible")}),e("th",{scope:"col",children:g("opinion")}),e("th",{scope:"col",children:g("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?K(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(j,{children:g("notAnswered")}):n.feasible?e(j,{tone:"success",icon:"○",children:g("feasibleYes")}):e(j,{tone:"danger",icon:"×",children:g("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?E(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Ma({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:g("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:g("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("colWhen")}),e("th",{scope:"col",children:g("colAction")}),e("th",{scope:"col",children:g("colChange")}),e("th",{scope:"col",children:g("colActor")}),e("th",{scope:"col",children:g("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:E(n.at)}),e("td",{children:xa.has(n.action)?g(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?g(`status${n.from}`):""} → ${n.to?g(`status${n.to}`):""}`:""}),e("td",{children:Gt(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var Mi=[{path:"/proposals",component:Si,nav:{label:()=>g("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:_i,permission:{resource:"proposal",action:"read"}}];var s=fe({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var ee=fe({legend:"URL・検索エンジン・SNS共有",slug:"URLスラッグ",slugHelp:"半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。",pageUrl:"ポータルでのURL：",seoDescription:"説明文（検索結果・SNS共有用）",seoHelp:"300文字まで（現在 {n} 文字）。",shareImage:"共有用画像（OGP）",shareImageHelp:"この項目の画像から選びます。画像は右の「画像・資料」で追加してください。",noShareImage:"（なし）",navSettings:"自治体の設定",settingsTitle:"自治体の設定",itemUrlTemplate:"項目ページのURLテンプレート",itemUrlTemplateHelp:"ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。",sitemapNote:"サイトマップ：",saved:"保存しました。",save:"保存"},{legend:"URL, search engines and sharing",slug:"URL slug",slugHelp:"Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).",pageUrl:"URL on the portal: ",seoDescription:"Description (search results and link previews)",seoHelp:"Up to 300 characters ({n} now).",shareImage:"Share image (OGP)",shareImageHelp:"One of this item’s images; add images under Photos and documents.",noShareImage:"(none)",navSettings:"Municipality settings",settingsTitle:"Municipality settings",itemUrlTemplate:"URL template of item pages",itemUrlTemplateHelp:"The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).",sitemapNote:"Sitemap: ",saved:"Saved.",save:"Save"});var he={slug:"",seoDescription:"",shareImageId:""};function be(t){return{slug:t.slug,seoDescription:t.seoDescription??"",shareImageId:t.shareImage?.id??""}}function De(t){let n=t.slug.trim();return{slug:n===""?null:n,seoDescription:t.seoDescription,shareImageId:t.shareImageId}}function Ce(t){let n=(t.media??[]).filter(r=>r.contentType.startsWith("image/"));return e(J,{legend:ee("legend"),children:[e(w,{label:ee("slug"),value:t.form.slug,onInput:r=>t.set("slug",r),help:ee("slugHelp"),maxLength:100,testid:"field-slug"}),t.url&&e("p",{class:"help",children:[ee("pageUrl"),e("a",{href:t.url,target:"_blank",rel:"noopener noreferrer","data-testid":"item-url",children:t.url})]}),e(z,{label:ee("seoDescription"),value:t.form.seoDescription,onInput:r=>t.set("seoDescription",r),rows:3,help:ee("seoHelp",{n:[...t.form.seoDescription].length}),testid:"field-seo-description"}),t.media&&e(R,{label:ee("shareImage"),value:t.form.shareImageId,onChange:r=>t.set("shareImageId",r),options:[{value:"",label:ee("noShareImage")},...n.map(r=>({value:r.id,label:r.alt||r.fileName}))],help:ee("shareImageHelp"),testid:"field-share-image"})]})}var It="";function le(t){let[n,r]=y(t.blank),[o,i]=y(()=>{let l=It;return It="",l});Y(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let d=F(async()=>{if(i(""),!t.item){let l=await t.create(n);It=s("created"),i(It),ae(t.path(l));return}await t.update(n,t.item.version),i(s("saved")),await t.q.reload()});return{form:n,set:(l,a)=>r(f=>({...f,[l]:a})),save:()=>{d.run()},busy:d.busy,error:d.error,notice:o,setNotice:i,reload:()=>{d.clear(),t.q.reload()}}}function me({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(j,{tone:"warning",icon:"◇",testid:"pub-state",children:s("stateScheduled")}):e(j,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:s(`state${t}`)})}var Ea=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Jt(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(Ea.formatToParts(n).map(i=>[i.type,i.value])),o=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${o}:${r.minute}`}function Ue(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function Fe(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Xt(t){return t<1024?s("bytes",{n:t}):t<1024*1024?s("kb",{n:(t/1024).toFixed(1)}):s("mb",{n:(t/1024/1024).toFixed(1)})}function V(t){return t.trim()===""?null:t}function se(t,n,r){let o=t.map(i=>({value:i,label:n(i)}));return r?[{value:"",label:r},...o]:o}function ue({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:s("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:s("reloadLatest")})]}):e($,{error:t}):null}function te({title:t,list:n,listLabel:r,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:O(n),children:["← ",s("backToList"),"（",r,"）"]})}),e("h1",{children:t}),o]})}var Ei=D(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),Ra=D(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Oa=D(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),qa=D(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),La=D(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function ve(t){let n=ye(),r=ie(n,{resource:"content",action:"publish"}),o=ie(n,{resource:"content",action:"preview"}),i=ie(n,{resource:"content",action:"restore"}),[d,l]=y(null),[a,f]=y(""),[m,p]=y(""),[v,b]=y(!1),[u,P]=y(null),C=F(async S=>{switch(p(""),S){case"publish":await x(Ei,{id:t.id,at:null}),p(s("published"));break;case"schedule":await x(Ei,{id:t.id,at:Ue(a)}),p(s("scheduled"));break;case"unpublish":await x(Ra,{id:t.id}),p(s("unpublished"));break;case"archive":await x(Oa,{id:t.id}),p(s("archived"));break;case"delete":await t.remove(t.id),b(!0),p(s("deleted",{title:t.title})),l(null);return;case"undo":await x(qa,{id:t.id}),b(!1),p(s("restored")),t.onRestored();return;case"preview":{let ce=await x(La,{id:t.id});P(ce.createPreviewToken);return}}l(null),t.onChanged()}),A=S=>{C.run(S).then(()=>l(null))},q=oe();if(v)return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel",children:[e("h2",{id:`${q}-h`,children:s("secPublication")}),e(U,{children:m}),e($,{error:C.error}),i&&e(I,{variant:"primary",busy:C.busy,onClick:()=>A("undo"),"data-testid":"restore-deleted",children:s("restoreDeleted")})]});let M={publish:{title:s("confirmPublish"),body:s("confirmPublishBody",{title:t.title}),label:s("publishNow"),danger:!1},unpublish:{title:s("confirmUnpublish"),body:s("confirmUnpublishBody",{title:t.title}),label:s("unpublish"),danger:!0},archive:{title:s("confirmArchive"),body:s("confirmArchiveBody",{title:t.title}),label:s("archive"),danger:!0},delete:{title:s("confirmDelete"),body:s("confirmDeleteBody",{title:t.title}),label:s("delete"),danger:!0}},_=d?M[d]:null;return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${q}-h`,children:s("secPublication")}),t.state&&e("p",{children:[e(me,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?s("scheduledAt",{at:E(t.publishedAt)}):s("publishedAt",{at:E(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:s("pendingNotice")}),e(U,{children:m}),e($,{error:C.error}),t.state&&r&&e(T,{children:[e("div",{class:"actions",children:[e(I,{variant:"primary",onClick:()=>l("publish"),"data-testid":"publish-now",children:s("publishNow")}),t.state!=="DRAFT"&&e(I,{onClick:()=>l("unpublish"),"data-testid":"unpublish",children:s("unpublish")}),t.state!=="ARCHIVED"&&e(I,{onClick:()=>l("archive"),"data-testid":"archive",children:s("archive")})]}),e("form",{class:"content-schedule",onSubmit:S=>{S.preventDefault(),a&&A("schedule")},children:e(J,{legend:s("publishAt"),children:[e(w,{label:s("publishAtLabel"),type:"datetime-local",value:a,onInput:f,help:s("publishAtHelp"),required:!0,testid:"publish-at"}),e(I,{type:"submit",busy:C.busy,disabled:!a,"data-testid":"schedule",children:s("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e(I,{onClick:()=>A("preview"),busy:C.busy,"data-testid":"make-preview",children:s("previewMake")}),u&&e("a",{class:"btn btn-link",href:O(`/preview/${u.token}`),"data-testid":"preview-link",children:s("previewLink",{at:E(u.expiresAt)})}),e(I,{variant:"danger",onClick:()=>l("delete"),"data-testid":"delete",children:s("delete")})]}),e(re,{open:_!==null,title:_?.title??"",confirmLabel:_?.label,danger:_?.danger,busy:C.busy,onConfirm:()=>d&&A(d),onCancel:()=>l(null),children:e("p",{children:_?.body})})]})}var Fa=D(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),ja=D(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function Ae({id:t,version:n,onRestored:r}){let o=ye(),i=ie(o,{resource:"content",action:"readRevisions"}),d=ie(o,{resource:"content",action:"revisions"}),l=N(Fa,{id:t},!i),a=Pe(n);Y(()=>{a.current!==n&&(a.current=n,l.reload())},[n]);let[f,m]=y(null),[p,v]=y(""),b=F(async C=>{await x(ja,{id:C.id}),v(s("revRestored",{n:C.number})),m(null),r()}),u=oe();if(!i)return null;let P=l.data?.revisions??[];return e("section",{"aria-labelledby":u,class:"content-panel",children:[e("h2",{id:u,children:s("secRevisions")}),e(U,{children:p}),e($,{error:l.error??b.error}),P.length===0?e("p",{children:s("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:s("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("revNumber")}),e("th",{scope:"col",children:s("revAuthor")}),e("th",{scope:"col",children:s("revAt")}),d&&e("th",{scope:"col",children:s("mediaOps")})]})}),e("tbody",{children:P.map(C=>e("tr",{children:[e("td",{children:[C.number," ",C.pending&&e(j,{tone:"warning",icon:"△",children:s("revPending")})]}),e("td",{children:C.author?.displayName??"—"}),e("td",{children:E(C.createdAt)}),d&&e("td",{children:e(I,{variant:"link",onClick:()=>m({id:C.id,number:C.number}),children:s("revRestoreNamed",{n:C.number})})})]},C.id))})]})}),e(re,{open:f!==null,title:f?s("confirmRevRestore",{n:f.number}):"",confirmLabel:s("revRestore"),busy:b.busy,onConfirm:()=>f&&void b.run(f),onCancel:()=>m(null),children:e("p",{children:s("confirmRevRestoreBody")})})]})}D(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var Ua=D(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),Ba=D(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),Va=D(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Ha({m:t,onSaved:n}){let[r,o]=y(t.alt);Y(()=>o(t.alt),[t.alt]);let i=F(async()=>{await x(Ba,{id:t.id,alt:r}),n(s("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:d=>{d.preventDefault(),i.run()},children:[e(w,{label:s("mediaAltFor",{file:t.fileName}),value:r,onInput:o,maxLength:250,error:i.error?i.error.clerkMessage():void 0}),e(I,{type:"submit",busy:i.busy,disabled:r===t.alt,children:s("mediaAltSave")})]})}function ke({contentId:t,media:n,onChanged:r}){let o=ye(),i=ie(o,{resource:"content",action:"media"}),[d,l]=y(null),[a,f]=y(""),[m,p]=y(""),[v,b]=y(""),[u,P]=y(null),C=F(async _=>{let S=await ht(Ua,{contentId:t,file:null,alt:V(a)},[{path:"variables.file",file:d}]);p(s("mediaUploaded",{file:S.attachMedia.fileName})),l(null),f(""),_.reset(),r()}),A=F(async _=>{await x(Va,{id:_.id}),p(s("mediaDeleted",{file:_.fileName})),P(null),r()}),q=oe(),M=oe();return e("section",{"aria-labelledby":q,class:"content-panel","data-testid":"media",children:[e("h2",{id:q,children:s("secMedia")}),e(U,{children:m}),e($,{error:C.error??A.error}),n.length===0?e("p",{children:s("mediaNone")}):e("ul",{class:"content-media",children:n.map(_=>e("li",{children:[e("p",{children:[e("strong",{children:_.fileName}),"（",_.contentType,"、",Xt(_.size),"）"," ",_.contentType.startsWith("image/")&&_.alt===""&&e(j,{tone:"warning",icon:"!",children:s("mediaAltMissing")})]}),i&&e("div",{class:"content-media-ops",children:[e(Ha,{m:_,onSaved:p}),e(I,{variant:"danger",onClick:()=>P(_),"aria-label":s("mediaDeleteNamed",{file:_.fileName}),children:s("mediaDelete")})]})]},_.id))}),i&&e("form",{class:"content-upload",onSubmit:_=>{if(_.preventDefault(),b(""),!d)return b(s("mediaChoose"));if(d.type.startsWith("image/")&&a.trim()==="")return b(s("mediaAskAlt"));C.run(_.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:M,children:s("mediaFile")}),e("input",{id:M,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${M}-help`,"data-testid":"media-file",onChange:_=>l(_.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${M}-help`,children:s("mediaFileHelp")})]}),e(w,{label:s("mediaAlt"),value:a,onInput:f,help:s("mediaAltHelp"),maxLength:250,testid:"media-alt",error:v||void 0}),e(I,{type:"submit",variant:"primary",busy:C.busy,"data-testid":"media-upload",children:s("mediaUpload")})]}),e(re,{open:u!==null,title:u?s("confirmMediaDelete",{file:u.fileName}):"",confirmLabel:s("mediaDelete"),danger:!0,busy:A.busy,onConfirm:()=>u&&void A.run(u),onCancel:()=>P(null)})]})}var Se=["CITY","PARTNER"],$t=["PEOPLE","GOODS","MONEY","INFORMATION"];function Pt(t){let n={};for(let r of t){let o=`${r.side}/${r.kind}`;n[o]=n[o]?`${n[o]}
${r.description}`:r.description}return n}function St(t){let n=[];for(let r of Se)for(let o of $t){let i=(t[`${r}/${o}`]??"").trim();i&&n.push({side:r,kind:o,description:i})}return n}function wt({value:t,onChange:n}){let r=oe();return e(J,{legend:s("resources"),children:[e("p",{class:"help",children:s("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:s("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),Se.map(o=>e("th",{scope:"col",children:s(`side${o}`)},o))]})}),e("tbody",{children:$t.map(o=>e("tr",{children:[e("th",{scope:"row",children:s(`res${o}`)}),Se.map(i=>{let d=`${r}-${i}-${o}`;return e("td",{children:[e("label",{for:d,class:"visually-hidden",children:s("resCell",{side:s(`side${i}`),kind:s(`res${o}`)})}),e("textarea",{id:d,rows:3,value:t[`${i}/${o}`]??"","data-testid":`res-${i}-${o}`,onInput:l=>n({...t,[`${i}/${o}`]:l.currentTarget.value})})]},i)})]},o))})]})})]})}function Be(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function Ve(t){return Se.flatMap(n=>Fe(t[n],!0).map(r=>({side:n,description:r})))}function He({value:t,onChange:n}){return e(J,{legend:s("merits"),class:"content-merits",children:Se.map(r=>e(z,{label:s("meritFor",{side:s(`side${r}`)}),help:s("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:o=>n({...t,[r]:o})},r))})}function pe(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:O(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(J,{legend:s("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",children:s("apply")}),e(I,{onClick:t.onClear,children:s("clear")})]})]})}),t.children]})}function Ie(t){let[n,r]=y(t),[o,i]=y(t),[d,l]=y(null);return{draft:n,setDraft:r,filter:o,apply:()=>{i(n),l(null)},clear:()=>{r(t),i(t),l(null)},after:d,setAfter:l}}var ne=20,Ka=D(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function Ke(t){let n=N(Ka,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(R,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var Wa=D(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function We({legend:t,value:n,onChange:r}){let[o,i]=y(""),[d,l]=y(""),a=N(Wa,{search:V(d)}),f=new Set(n.map(b=>b.id)),m=(a.data?.partners.edges??[]).map(b=>b.node).filter(b=>!f.has(b.id)),p=(b,u)=>r(u?[...n,b]:n.filter(P=>P.id!==b.id)),v=oe();return e(J,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(b=>e("li",{children:[e("input",{id:`${v}-${b.id}`,type:"checkbox",checked:f.has(b.id),onChange:u=>p(b,u.currentTarget.checked)})," ",e("label",{for:`${v}-${b.id}`,children:b.name})]},b.id))}),m.length===0&&n.length===0&&e("p",{children:s("partnerNone")}),e("div",{class:"content-inline",children:[e(w,{label:s("partnerSearch"),type:"search",value:o,onInput:i}),e(I,{onClick:()=>l(o),children:s("apply")})]})]})}var Oi=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],qi=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Qa=D(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Li(t){let n=Ie({search:"",kind:"",status:""}),r={search:V(n.filter.search),kind:V(n.filter.kind),status:V(n.filter.status)},o=N(Qa,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listAgreements"),newLabel:s("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("agreementKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:se(Oi,i=>s(`ak${i}`),s("any"))}),e(R,{label:s("agreementStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:se(qi,i=>s(`as${i}`),s("any"))})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:O(`/content/agreements/${i.id}`),children:i.title})},{header:s("parties"),cell:i=>i.parties.map(d=>d.name).join("、")||"—"},{header:s("colKind"),cell:i=>s(`ak${i.kind}`)},{header:s("colSigned"),cell:i=>K(i.signedOn)||"—"},{header:s("colStatus"),cell:i=>s(`as${i.status}`)},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var za=D(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Ga=D(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),Ya=D(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ja=D(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Xa={...he,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Ri(t){return{...De(t),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:V(t.signedOn),termStartOn:V(t.termStartOn),termEndOn:V(t.termEndOn),items:Fe(t.items,!0),merits:Ve(t.merits),status:t.status}}function Fi({params:t}){let n=t.id==="new",r=N(za,{id:t.id??""},n),o=n?null:r.data?.agreement,i=le({q:r,item:o,blank:Xa,toForm:a=>({...be(a),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(f=>({id:f.id,name:f.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Be(a.merits),status:a.status}),create:async a=>(await x(Ga,{input:Ri(a)})).createAgreement.id,update:(a,f)=>x(Ya,{id:t.id,input:Ri(a),version:f}),path:a=>`/content/agreements/${a}`}),d=n?s("newAgreement"):s("editAgreement");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/agreements",listLabel:s("listAgreements")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/agreements",listLabel:s("listAgreements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(U,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(R,{label:s("agreementKind"),value:l.kind,onChange:a=>i.set("kind",a),options:se(Oi,a=>s(`ak${a}`))}),e(R,{label:s("agreementStatus"),value:l.status,onChange:a=>i.set("status",a),options:se(qi,a=>s(`as${a}`))})]}),e(z,{label:s("purpose"),value:l.purpose,onInput:a=>i.set("purpose",a),rows:4}),e(We,{legend:s("parties"),value:l.parties,onChange:a=>i.set("parties",a)}),e(z,{label:s("items"),value:l.items,onInput:a=>i.set("items",a),help:s("itemsHelp"),rows:5,testid:"field-items"}),e(w,{label:s("signedOn"),type:"date",value:l.signedOn,onInput:a=>i.set("signedOn",a),help:K(l.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(w,{label:s("termStartOn"),type:"date",value:l.termStartOn,onInput:a=>i.set("termStartOn",a),help:K(l.termStartOn),testid:"field-term-start"}),e(w,{label:s("termEndOn"),type:"date",value:l.termEndOn,onInput:a=>i.set("termEndOn",a),help:K(l.termEndOn),testid:"field-term-end"})]}),e(He,{value:l.merits,onChange:a=>i.set("merits",a)}),e(Ce,{form:l,set:(a,f)=>i.set(a,f),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Ja,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:i.reload}),e(Ae,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var Za=D(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ui(t){let n=Ie({search:"",category:""}),r={search:V(n.filter.search),category:V(n.filter.category)},o=N(Za,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listAnnouncements"),newLabel:s("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(w,{label:s("annCategory"),value:n.draft.category,onInput:i=>n.setDraft({...n.draft,category:i}),help:s("annCategoryHelp")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:O(`/content/announcements/${i.id}`),children:i.title})},{header:s("colCategory"),cell:i=>i.category||"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var es=D(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ts=D(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),ns=D(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),rs=D(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),is={...he,title:"",body:"",category:""};function ji(t){return{...De(t),title:t.title,body:t.body,category:t.category}}function Bi({params:t}){let n=t.id==="new",r=N(es,{id:t.id??""},n),o=n?null:r.data?.announcement,i=le({q:r,item:o,blank:is,toForm:a=>({...be(a),title:a.title,body:a.body,category:a.category}),create:async a=>(await x(ts,{input:ji(a)})).createAnnouncement.id,update:(a,f)=>x(ns,{id:t.id,input:ji(a),version:f}),path:a=>`/content/announcements/${a}`}),d=n?s("newAnnouncement"):s("editAnnouncement");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(U,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(w,{label:s("annCategory"),value:l.category,onInput:a=>i.set("category",a),help:s("annCategoryHelp"),maxLength:50}),e(z,{label:s("body"),value:l.body,onInput:a=>i.set("body",a),rows:10,testid:"field-body"}),e(Ce,{form:l,set:(a,f)=>i.set(a,f),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(rs,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:i.reload}),e(Ae,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var Hi=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],os=D(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ki(t){let n=Ie({search:"",category:"",locality:""}),r={search:V(n.filter.search),category:V(n.filter.category)??null,locality:V(n.filter.locality)},o=N(os,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listCaseStudies"),newLabel:s("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("category"),value:n.draft.category,onChange:i=>n.setDraft({...n.draft,category:i}),options:se(Hi,i=>s(`cat${i}`),s("any"))}),e(w,{label:s("locality"),value:n.draft.locality,onInput:i=>n.setDraft({...n.draft,locality:i})})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:O(`/content/case-studies/${i.id}`),children:i.title})},{header:s("colLocality"),cell:i=>i.locality||"—"},{header:s("colCategory"),cell:i=>s(`cat${i.category}`)},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${K(i.startOn)} 〜 ${K(i.endOn)}`:"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var as=D(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ss=D(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),ds=D(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ls=D(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),us={...he,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function Vi(t){return{...De(t),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:V(t.startOn),endOn:V(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:St(t.resources),merits:Ve(t.merits),tags:Fe(t.tags)}}function Wi({params:t}){let n=t.id==="new",r=N(as,{id:t.id??""},n),o=n?null:r.data?.caseStudy,i=le({q:r,item:o,blank:us,toForm:a=>({...be(a),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(f=>({id:f.id,name:f.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:Pt(a.resources),merits:Be(a.merits),tags:a.tags.join("、")}),create:async a=>(await x(ss,{input:Vi(a)})).createCaseStudy.id,update:(a,f)=>x(ds,{id:t.id,input:Vi(a),version:f}),path:a=>`/content/case-studies/${a}`}),d=n?s("newCaseStudy"):s("editCaseStudy");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(U,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(w,{label:s("locality"),value:l.locality,onInput:a=>i.set("locality",a),help:s("localityHelp"),maxLength:100,testid:"field-locality"}),e(w,{label:s("program"),value:l.program,onInput:a=>i.set("program",a),maxLength:100})]}),e(R,{label:s("category"),value:l.category,onChange:a=>i.set("category",a),options:se(Hi,a=>s(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(w,{label:s("startOn"),type:"date",value:l.startOn,onInput:a=>i.set("startOn",a),help:K(l.startOn),testid:"field-start"}),e(w,{label:s("endOn"),type:"date",value:l.endOn,onInput:a=>i.set("endOn",a),help:K(l.endOn),testid:"field-end"})]}),e(w,{label:s("dateNote"),value:l.dateNote,onInput:a=>i.set("dateNote",a),help:s("dateNoteHelp"),maxLength:250}),e(z,{label:s("summary"),value:l.summary,onInput:a=>i.set("summary",a),rows:6,testid:"field-summary"}),e(We,{legend:s("partners"),value:l.partners,onChange:a=>i.set("partners",a)}),e(wt,{value:l.resources,onChange:a=>i.set("resources",a)}),e(He,{value:l.merits,onChange:a=>i.set("merits",a)}),e(w,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e(Ce,{form:l,set:(a,f)=>i.set(a,f),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(ls,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:i.reload}),e(Ae,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var ps=D(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function zi(t){let n=Ie({search:"",departmentId:"",isOpen:""}),r={search:V(n.filter.search),departmentId:V(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(ps,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listChallenges"),newLabel:s("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(Ke,{label:s("department"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")}),e(R,{label:s("isOpen"),value:n.draft.isOpen,onChange:i=>n.setDraft({...n.draft,isOpen:i}),options:[{value:"",label:s("any")},{value:"true",label:s("open")},{value:"false",label:s("closed")}]})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:O(`/content/challenges/${i.id}`),children:i.title})},{header:s("colDepartment"),cell:i=>i.department?.name??"—"},{header:s("colPeriod"),cell:i=>i.opensAt||i.closesAt?`${E(i.opensAt)} 〜 ${E(i.closesAt)}`:"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var cs=D(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ms=D(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),gs=D(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),fs=D(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),ys={...he,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Qi(t){return{...De(t),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:V(t.departmentId),tags:Fe(t.tags),opensAt:Ue(t.opensAt),closesAt:Ue(t.closesAt)}}function Gi({params:t}){let n=t.id==="new",r=N(cs,{id:t.id??""},n),o=n?null:r.data?.challenge,i=le({q:r,item:o,blank:ys,toForm:a=>({...be(a),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:Jt(a.opensAt),closesAt:Jt(a.closesAt)}),create:async a=>(await x(ms,{input:Qi(a)})).createChallenge.id,update:(a,f)=>x(gs,{id:t.id,input:Qi(a),version:f}),path:a=>`/content/challenges/${a}`}),d=n?s("newChallenge"):s("editChallenge");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/challenges",listLabel:s("listChallenges")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/challenges",listLabel:s("listChallenges"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(U,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(Ke,{label:s("department"),value:l.departmentId,onChange:a=>i.set("departmentId",a),noneLabel:s("noDepartment"),testid:"field-department"}),e(z,{label:s("background"),value:l.background,onInput:a=>i.set("background",a),rows:6}),e(z,{label:s("desiredOutcome"),value:l.desiredOutcome,onInput:a=>i.set("desiredOutcome",a),rows:4}),e(w,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e("div",{class:"content-pair",children:[e(w,{label:s("opensAt"),type:"datetime-local",value:l.opensAt,onInput:a=>i.set("opensAt",a),help:E(Ue(l.opensAt))}),e(w,{label:s("closesAt"),type:"datetime-local",value:l.closesAt,onInput:a=>i.set("closesAt",a),help:E(Ue(l.closesAt))})]}),e(Ce,{form:l,set:(a,f)=>i.set(a,f),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(ve,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(fs,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(ke,{contentId:o.id,media:o.media,onChanged:i.reload}),e(Ae,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var hs=D(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function Ji(t){let[n,r]=y(null),o=N(hs,{first:ne,after:n});return e(pe,{title:s("listMethods"),newLabel:s("newMethod"),newPath:"/content/methods/new",children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colPosition"),cell:i=>i.position},{header:s("colName"),cell:i=>e("a",{href:O(`/content/methods/${i.id}`),children:i.name})},{header:s("colKey"),cell:i=>e("code",{children:i.key})}]})]})}var bs=D(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),Ds=D(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),Cs=D(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),vs=D(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),As=D(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),ks={key:"",name:"",description:"",position:"0"};function Yi(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function Xi({params:t}){let n=t.id==="new",r=N(bs,{id:t.id??""},n),o=n?null:r.data?.collaborationMethod,i=le({q:r,item:o,blank:ks,toForm:b=>({key:b.key,name:b.name,description:b.description,position:String(b.position)}),create:async b=>(await x(Ds,{input:Yi(b)})).createCollaborationMethod.id,update:(b,u)=>x(Cs,{id:t.id,input:Yi(b),version:u}),path:b=>`/content/methods/${b}`}),[d,l]=y(!1),[a,f]=y(!1),m=F(async b=>{if(b){await x(As,{id:t.id}),f(!1),i.setNotice(s("restored")),i.reload();return}await x(vs,{id:t.id}),l(!1),f(!0),i.setNotice(s("deleted",{title:o?.name??""}))}),p=n?s("newMethod"):s("editMethod");if(a)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods")}),e(U,{children:i.notice}),e($,{error:m.error}),e(I,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:s("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let v=i.form;return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:b=>{b.preventDefault(),i.save()},children:[e(U,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e($,{error:m.error}),e(w,{label:s("name"),value:v.name,onInput:b=>i.set("name",b),required:!0,maxLength:200,testid:"field-title"}),e(w,{label:s("methodKey"),value:v.key,onInput:b=>i.set("key",b),help:s("methodKeyHelp"),required:!0,maxLength:50}),e(z,{label:s("description"),value:v.description,onInput:b=>i.set("description",b),rows:6}),e(w,{label:s("position"),type:"number",value:v.position,onInput:b=>i.set("position",b)}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")}),o&&e(I,{variant:"danger",onClick:()=>l(!0),"data-testid":"delete",children:s("delete")})]})]}),e(re,{open:d,title:s("confirmDelete"),confirmLabel:s("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>l(!1),children:e("p",{children:s("confirmDeleteBody",{title:o?.name??""})})})]})}var Is=D(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function $s(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=qe();r&&(n.Authorization=`Bearer ${r}`);let o;try{o=await fetch(Kt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:Is.toString(),variables:{token:t}})})}catch{throw new Q("NETWORK","")}let i=await o.json().catch(()=>({}));if(i.errors?.length){let d=i.errors[0].extensions?.code;throw new Q(d==="UNAUTHENTICATED"||d==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",i.errors[0].message)}if(!i.data)throw new Q("UNAVAILABLE",`HTTP ${o.status}`);return i.data}function Qe({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function W({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function Zi({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:s("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),Se.map(n=>e("th",{scope:"col",children:s(`side${n}`)},n))]})}),e("tbody",{children:$t.map(n=>e("tr",{children:[e("th",{scope:"row",children:s(`res${n}`)}),Se.map(r=>e("td",{class:"content-pre",children:t.filter(o=>o.side===r&&o.kind===n).map(o=>o.description).join(`
`)||"—"},r))]},n))})]})})}function Zt({ms:t}){return e(T,{children:[e("h2",{children:s("merits")}),Se.map(n=>e("div",{children:[e("h3",{children:s("meritFor",{side:s(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,o)=>e("li",{children:r.description},o))})]},n))]})}function it({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:s("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Xt(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function Ps({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("department"),value:t.department?.name}),e(W,{label:s("opensAt"),value:E(t.opensAt)}),e(W,{label:s("closesAt"),value:E(t.closesAt)}),e(W,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("background")}),e(Qe,{text:t.background}),e("h2",{children:s("desiredOutcome")}),e(Qe,{text:t.desiredOutcome}),e(it,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("locality"),value:t.locality}),e(W,{label:s("program"),value:t.program}),e(W,{label:s("category"),value:s(`cat${t.caseCategory}`)}),e(W,{label:s("startOn"),value:K(t.startOn)}),e(W,{label:s("endOn"),value:K(t.endOn)}),e(W,{label:s("dateNote"),value:t.dateNote}),e(W,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")}),e(W,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("summary")}),e(Qe,{text:t.summary}),e(Zi,{rs:t.resources}),e(Zt,{ms:t.merits}),e(it,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("agreementKind"),value:s(`ak${t.agreementKind}`)}),e(W,{label:s("agreementStatus"),value:s(`as${t.agreementStatus}`)}),e(W,{label:s("parties"),value:t.parties.map(n=>n.name).join("、")}),e(W,{label:s("signedOn"),value:K(t.signedOn)}),e(W,{label:s("termStartOn"),value:K(t.termStartOn)}),e(W,{label:s("termEndOn"),value:K(t.termEndOn)})]}),e("h2",{children:s("purpose")}),e(Qe,{text:t.purpose}),e("h2",{children:s("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(Zt,{ms:t.merits}),e(it,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("projectKind"),value:s(`pk${t.projectKind}`)}),e(W,{label:s("projectStatus"),value:s(`ps${t.projectStatus}`)}),e(W,{label:s("leadDepartment"),value:t.leadDepartment?.name}),e(W,{label:s("startOn"),value:K(t.startOn)}),e(W,{label:s("endOn"),value:K(t.endOn)}),e(W,{label:s("site"),value:t.site}),e(W,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:s("summary")}),e(Qe,{text:t.summary}),e(Zi,{rs:t.resources}),e(Zt,{ms:t.merits}),e(it,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(W,{label:s("annCategory"),value:t.category})}),e(Qe,{text:t.body}),e(it,{media:t.media})]});default:return e("h1",{children:s("previewTitle")})}}function eo({params:t}){let n=t.token??"",[r,o]=y(null),[i,d]=y(null);return Y(()=>{let l=!0;return o(null),d(null),$s(n).then(a=>l&&o(a),a=>l&&d(a instanceof Q?a:new Q("INTERNAL",String(a)))),()=>{l=!1}},[n]),i?e(T,{children:[e("h1",{children:s("previewTitle")}),i.code==="NOT_FOUND"?e("p",{role:"alert",children:s("previewGone")}):e($,{error:i})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(j,{tone:"warning",icon:"◎",children:s("previewTitle")})," ",s("previewNote")]}),e(Ps,{n:r.preview})]}):e(T,{children:[e("h1",{children:s("previewTitle")}),e("p",{role:"alert",children:s("previewGone")})]}):e(L,{label:h("loading")})}var no=["PARTNERSHIP","DEMONSTRATION"],ro=["PLANNED","ONGOING","COMPLETED","CANCELLED"],Ss=D(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function io(t){let n=Ie({search:"",kind:"",status:"",departmentId:""}),r={search:V(n.filter.search),kind:V(n.filter.kind),status:V(n.filter.status),departmentId:V(n.filter.departmentId)},o=N(Ss,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listProjects"),newLabel:s("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("projectKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:se(no,i=>s(`pk${i}`),s("any"))}),e(R,{label:s("projectStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:se(ro,i=>s(`ps${i}`),s("any"))}),e(Ke,{label:s("leadDepartment"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")}),o.loading&&!o.data&&e(L,{label:h("loading")}),e(X,{caption:s("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:O(`/content/projects/${i.id}`),children:i.title})},{header:s("colKind"),cell:i=>s(`pk${i.kind}`)},{header:s("colDepartment"),cell:i=>i.leadDepartment?.name??"—"},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${K(i.startOn)} 〜 ${K(i.endOn)}`:"—"},{header:s("colStatus"),cell:i=>s(`ps${i.status}`)},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var ws=D(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),xs=D(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Ts=D(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Ns=D(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),_s=D(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Ms={...he,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function to(t){return{...De(t),kind:t.kind,title:t.title,summary:t.summary,startOn:V(t.startOn),endOn:V(t.endOn),site:t.site,leadDepartmentId:V(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:St(t.resources),merits:Ve(t.merits),status:t.status,agreementId:V(t.agreementId)}}function oo({params:t}){let n=t.id==="new",r=N(ws,{id:t.id??""},n),o=N(xs,{}),i=n?null:r.data?.project,d=le({q:r,item:i,blank:Ms,toForm:m=>({...be(m),kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(p=>({id:p.id,name:p.name})),resources:Pt(m.resources),merits:Be(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await x(Ts,{input:to(m)})).createProject.id,update:(m,p)=>x(Ns,{id:t.id,input:to(m),version:p}),path:m=>`/content/projects/${m}`}),l=n?s("newProject"):s("editProject");if(!n&&!i)return e(T,{children:[e(te,{title:l,list:"/content/projects",listLabel:s("listProjects")}),r.loading?e(L,{label:h("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")})]});let a=d.form,f=[{value:"",label:s("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return i?.agreement&&!f.some(m=>m.value===i.agreement.id)&&f.push({value:i.agreement.id,label:i.agreement.title}),e(T,{children:[e(te,{title:l,list:"/content/projects",listLabel:s("listProjects"),children:i&&e("p",{class:"content-sub",children:s("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),d.save()},children:[e(U,{children:d.notice}),e(ue,{error:d.error,onReload:d.reload}),e(w,{label:s("name"),value:a.title,onInput:m=>d.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(R,{label:s("projectKind"),value:a.kind,onChange:m=>d.set("kind",m),options:se(no,m=>s(`pk${m}`))}),e(R,{label:s("projectStatus"),value:a.status,onChange:m=>d.set("status",m),options:se(ro,m=>s(`ps${m}`))})]}),e(Ke,{label:s("leadDepartment"),value:a.leadDepartmentId,onChange:m=>d.set("leadDepartmentId",m),noneLabel:s("noDepartment"),testid:"field-department"}),e(z,{label:s("summary"),value:a.summary,onInput:m=>d.set("summary",m),rows:6}),e("div",{class:"content-pair",children:[e(w,{label:s("startOn"),type:"date",value:a.startOn,onInput:m=>d.set("startOn",m),help:K(a.startOn)}),e(w,{label:s("endOn"),type:"date",value:a.endOn,onInput:m=>d.set("endOn",m),help:K(a.endOn)})]}),e(w,{label:s("site"),value:a.site,onInput:m=>d.set("site",m)}),e(We,{legend:s("partners"),value:a.partners,onChange:m=>d.set("partners",m)}),e(wt,{value:a.resources,onChange:m=>d.set("resources",m)}),e(He,{value:a.merits,onChange:m=>d.set("merits",m)}),e(R,{label:s("agreement"),value:a.agreementId,onChange:m=>d.set("agreementId",m),options:f}),e(Ce,{form:a,set:(m,p)=>d.set(m,p),media:i?.media,url:i?.url}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(ve,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:m=>x(_s,{id:m}),onChanged:d.reload,onRestored:d.reload}),e(ke,{contentId:i.id,media:i.media,onChanged:d.reload}),e(Ae,{id:i.id,version:i.version,onRestored:d.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var ao=[{path:"/content/challenges/:id",component:Gi,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:zi,nav:{label:()=>s("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:Wi,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:Ki,nav:{label:()=>s("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:Fi,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Li,nav:{label:()=>s("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:oo,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:io,nav:{label:()=>s("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:Bi,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:Ui,nav:{label:()=>s("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:Xi,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:Ji,nav:{label:()=>s("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:eo,permission:{resource:"content",action:"preview"}}];var c=fe({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function Ne(){let t=ye();return(n,r)=>ie(t,{resource:n,action:r})}function ze(t){let[n,r]=y({key:t,after:null});return[n.key===t?n.after:null,o=>r({key:t,after:o})]}function Ge(t){let n=new Set(t.map(a=>a.id)),r=new Map,o=[];for(let a of t){let f=a.parent?.id;f&&n.has(f)&&f!==a.id?r.set(f,[...r.get(f)??[],a]):o.push(a)}let i=new Set,d=(a,f)=>{if(i.has(a.id))return null;i.add(a.id);let m=(r.get(a.id)??[]).map(p=>d(p,f+1)).filter(p=>p!==null);return{dept:a,depth:f,children:m}},l=o.map(a=>d(a,0)).filter(a=>a!==null);for(let a of t){let f=i.has(a.id)?null:d(a,0);f&&l.push(f)}return l}function Ye(t){return t.flatMap(n=>[n,...Ye(n.children)])}function ot(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function so(t,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let i of t){let d=i.parent?.id;d&&r.has(d)&&!r.has(i.id)&&(r.add(i.id),o=!0)}}return r}var Es=D(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Rs=D(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Os=D(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),qs=D(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Ls=D(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),lo=20,uo=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function at(t){return c(`role${t}`)}function Fs(t){return uo.includes(t)?t:null}function po({query:t}){let n=Fs(t.get("role")),r=t.get("q")??"",o=`${n}|${r}`,[i,d]=ze(o),l=o,[a,f]=y(r),[m,p]=y(""),[v,b]=y(!1),[u,P]=y(null),C=Ne(),A=ye().me,q=N(Es,{first:lo,after:i,filter:{role:n,search:r||null}}),M=F(async S=>{S.disable?await x(qs,{id:S.id}):await x(Ls,{id:S.id}),P(null),p(c(S.disable?"disabledNotice":"enabledNotice",{name:S.name})),await q.reload()}),_=(S,ce)=>ae("/desk/accounts",{role:S||void 0,q:ce.trim()||void 0});return e("section",{children:[e("h1",{children:c("accountsTitle")}),e(U,{children:m}),C("account","createStaff")&&!v&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>b(!0),"data-testid":"staff-new",children:c("newStaff")})}),v&&e(js,{onDone:S=>{b(!1),p(c("createdStaffNotice",{name:S})),q.reload()},onCancel:()=>b(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:S=>{S.preventDefault(),_(n??"",a)},children:[e(R,{label:c("role"),value:n??"",testid:"account-role",onChange:S=>_(S,a),options:[{value:"",label:c("all")},...uo.map(S=>({value:S,label:at(S)}))]}),e(w,{label:c("search"),type:"search",value:a,onInput:f,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",children:c("apply")}),(n||r)&&e(I,{variant:"link",onClick:()=>{f(""),_("","")},children:c("clearFilters")})]})]}),e($,{error:q.error,onRetry:()=>{q.reload()},retryLabel:h("retry")}),e(X,{caption:c("accountsCaption"),testid:"accounts",page:q.data?.users,after:i,onAfter:d,resetKey:l,pageSize:lo,rowKey:S=>S.id,columns:[{header:c("displayName"),cell:S=>S.displayName},{header:c("email"),cell:S=>S.email??"—"},{header:c("role"),cell:S=>at(S.role),class:"desk-nowrap"},{header:c("belongsTo"),cell:S=>S.department?.name??S.organization?.name??"—"},{header:c("status"),cell:S=>S.disabled?e(j,{tone:"danger",icon:"×",children:c("accountDisabled")}):e(j,{tone:"success",icon:"✓",children:c("accountActive")})},{header:c("createdAt"),cell:S=>E(S.createdAt),class:"desk-nowrap"},{header:c("actions"),cell:S=>C("account","disable")&&S.id!==A.id?e(I,{variant:S.disabled?"secondary":"danger","aria-label":`${c(S.disabled?"enable":"disable")}: ${S.displayName}`,"data-testid":`account-toggle-${S.id}`,onClick:()=>P({id:S.id,name:S.displayName,disable:!S.disabled}),children:c(S.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(re,{open:u!==null,title:u?c(u.disable?"disableConfirm":"enableConfirm",{name:u.name}):"",confirmLabel:u?c(u.disable?"disable":"enable"):void 0,danger:u?.disable,busy:M.busy,onConfirm:()=>u&&void M.run(u),onCancel:()=>{M.clear(),P(null)},children:[e("p",{children:u?c(u.disable?"disableBody":"enableBody"):""}),M.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[c("cannotToggle")," ",h("serverSays",{msg:M.error.serverMessage})]}):e($,{error:M.error})]})]})}function js({onDone:t,onCancel:n}){let r=N(Rs,{}),[o,i]=y(""),[d,l]=y(""),[a,f]=y("DEPARTMENT"),[m,p]=y(""),[v,b]=y(""),u=F(async()=>{let A=await x(Os,{input:{email:o,displayName:d,role:a,departmentId:m||null,password:v}});t(A.createStaffAccount.displayName)}),P=A=>u.error?.field===`input.${A}`?u.error.clerkMessage():void 0,C=Ye(Ge(r.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:A=>{A.preventDefault(),u.run()},children:[e("h2",{id:"staff-form-title",children:c("newStaffTitle")}),e($,{error:r.error}),e(R,{label:c("staffRole"),required:!0,value:a,testid:"staff-role",onChange:A=>f(A),options:["DEPARTMENT","DESK"].map(A=>({value:A,label:at(A)}))}),e(R,{label:c("department"),required:a==="DEPARTMENT",help:c("departmentHelp"),error:P("departmentId"),value:m,testid:"staff-department",onChange:p,options:[{value:"",label:c("departmentNone")},...C.map(A=>({value:A.dept.id,label:ot(A.dept.name,A.depth)}))]}),e(w,{label:c("displayName"),required:!0,value:d,onInput:l,error:P("displayName"),testid:"staff-name",autocomplete:"off"}),e(w,{label:c("email"),type:"email",required:!0,value:o,onInput:i,error:P("email"),testid:"staff-email",autocomplete:"off"}),e(w,{label:c("initialPassword"),type:"password",required:!0,value:v,onInput:b,help:c("initialPasswordHelp"),error:P("password"),testid:"staff-password",autocomplete:"new-password"}),e($,{error:u.error}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"staff-create",children:c("create")}),e(I,{onClick:n,children:h("cancel")})]})]})}var Us=D(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Bs=D(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),co=50,yo=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],ho=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function mo(t,n){let r=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return r?ge()==="en"?r.en:r.ja:void 0}function go(t){return`${t}T00:00:00+09:00`}function Vs(t){let[n,r,o]=t.split("-").map(Number);return new Date(Date.UTC(n,r-1,o+1)).toISOString().slice(0,10)}var fo=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Hs(t){let n={},r=t.get("from"),o=t.get("to");return fo(r)&&(n.from=go(r)),fo(o)&&(n.to=go(Vs(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function Ks(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return O(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return O(`/proposals/${n}`);case"department":return O("/desk/departments",{id:t.targetId});case"webhook":return O(`/desk/webhooks/${n}`);default:return null}}function Ws(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function bo({query:t}){let n=Hs(t),r=JSON.stringify(n),[o,i]=ze(r),d=N(Us,{first:co,after:o,filter:n}),l=(a,f)=>{let m=Object.fromEntries(t.entries());m[a]=f,ae("/desk/audit",m)};return e("section",{children:[e("h1",{children:c("auditTitle")}),e("p",{children:c("auditIntro")}),e(Qs,{query:t},t.toString()),t.get("target")&&e("p",{children:[c("onlyTarget",{id:t.get("target")})," ",e(I,{variant:"link",onClick:()=>l("target",void 0),children:c("showAllTargets")})]}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:h("retry")}),e(X,{caption:c("auditCaption"),testid:"audit",page:d.data?.auditLog,after:o,onAfter:i,resetKey:r,pageSize:co,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:c("at"),cell:a=>E(a.at),class:"desk-nowrap"},{header:c("actor"),cell:a=>a.actor?.displayName??c("system")},{header:c("action"),cell:a=>e(T,{children:[mo(yo,a.action)??""," ",e("code",{children:a.action})]})},{header:c("target"),cell:a=>{let f=Ks(a),m=`${mo(ho,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[f?e("a",{href:f,children:m}):m,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:O("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:c("thisTargetOnly")})]})]})},class:"desk-break"},{header:c("changes"),cell:a=>Ws(a.changes),class:"desk-break"}]})]})}function Qs({query:t}){let n=N(Bs,{}),[r,o]=y(t.get("from")??""),[i,d]=y(t.get("to")??""),[l,a]=y(t.get("actor")??""),[f,m]=y(t.get("action")??""),[p,v]=y(t.get("type")??""),b=t.get("target")??void 0,u=["from","to","actor","action","type","target"].some(C=>t.get(C)),P=ge()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":c("filters"),onSubmit:C=>{C.preventDefault(),ae("/desk/audit",{from:r,to:i,actor:l,action:f,type:p,target:b})},children:[e(J,{legend:c("period"),class:"desk-period",children:[e(w,{label:c("fromDate"),type:"date",value:r,onInput:o,testid:"audit-from"}),e(w,{label:c("toDate"),type:"date",value:i,onInput:d,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(R,{label:c("actor"),value:l,onChange:a,testid:"audit-actor",options:[{value:"",label:c("all")},...(n.data?.users.edges??[]).map(C=>({value:C.node.id,label:`${C.node.displayName}（${at(C.node.role)}）`}))]}),e(R,{label:c("action"),value:f,onChange:m,testid:"audit-action",options:[{value:"",label:c("all")},...yo.map(C=>({value:C.value,label:P?C.en:C.ja}))]}),e(R,{label:c("targetType"),value:p,onChange:v,testid:"audit-type",options:[{value:"",label:c("all")},...ho.map(C=>({value:C.value,label:P?C.en:C.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",variant:"primary","data-testid":"audit-apply",children:c("apply")}),u&&e(I,{variant:"link",onClick:()=>ae("/desk/audit"),children:c("clearFilters")})]})]})}var zs=D(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Gs=D(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),Do=D(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Ys=D(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Js=["BUREAU","DIVISION","SECTION"],Co=()=>Js.map(t=>({value:t,label:c(`kind${t}`)}));function st(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function vo({query:t}){let n=N(zs,{}),r=Ne(),[o,i]=y(""),d=t.get("id")??"",l=n.data?.municipality.departments??[],a=Ge(l),f=l.find(v=>v.id===d),m=r("department","write"),p=async(v,b)=>{i(v),await n.reload(),b!==void 0&&ae("/desk/departments",{id:b??void 0})};return e("section",{children:[e("h1",{children:c("departmentsTitle")}),e(U,{children:o}),e($,{error:n.error,onRetry:()=>{n.reload()},retryLabel:h("retry")}),!n.data&&!n.error&&e(L,{label:h("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:c("departmentTree")}),a.length===0?e("p",{children:c("noDepartments")}):e(Ao,{rows:a,selected:d})]}),m&&e("div",{class:"desk-side",children:[f?e(Xs,{dept:f,all:l,onDone:p},`${f.id}@${f.version}`):e("p",{class:"help",children:c("selectToEdit")}),e(Zs,{all:l,defaultParent:f?.id??"",onDone:p},`add-${f?.id??""}`)]})]})]})}function Ao({rows:t,selected:n}){return e("ul",{children:t.map(r=>e("li",{children:[e("a",{href:O("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",e("span",{class:"desk-kind",children:["（",c(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&e(Ao,{rows:r.children,selected:n})]},r.dept.id))})}function Xs({dept:t,all:n,onDone:r}){let[o,i]=y(t.name),[d,l]=y(t.kind),[a,f]=y(t.parent?.id??""),[m,p]=y(!1),v=F(async()=>{let A=await x(Do,{id:t.id,input:{name:o,kind:d},version:t.version});await r(c("savedDeptNotice",{name:A.updateDepartment.name}))}),b=F(async()=>{await x(Do,{id:t.id,input:{parentId:a},version:t.version}),await r(c("movedDeptNotice",{name:t.name}))}),u=F(async()=>{await x(Ys,{id:t.id}),p(!1),await r(c("deletedDeptNotice",{name:t.name}),null)}),P=so(n,t.id),C=Ye(Ge(n)).filter(A=>!P.has(A.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:c("editDepartment",{name:t.name})}),e("form",{"aria-label":c("rename"),onSubmit:A=>{A.preventDefault(),v.run()},children:[e(w,{label:c("deptName"),required:!0,value:o,onInput:i,error:st(v.error,"name"),testid:"dept-edit-name"}),e(R,{label:c("kind"),value:d,onChange:A=>l(A),options:Co(),testid:"dept-edit-kind"}),e($,{error:v.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-rename",children:c("rename")})})]}),e("form",{"aria-label":c("move"),onSubmit:A=>{A.preventDefault(),b.run()},children:[e(R,{label:c("moveTo"),help:c("moveHelp"),value:a,onChange:f,error:st(b.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:c("parentTop")}],...C.map(A=>({value:A.dept.id,label:ot(A.dept.name,A.depth)}))]}),e($,{error:b.error}),e("div",{class:"actions",children:e(I,{type:"submit",busy:b.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:c("move")})})]}),e("div",{class:"actions",children:e(I,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:c("deleteDept")})}),e(re,{open:m,title:c("deleteDeptConfirm",{name:t.name}),confirmLabel:c("deleteDept"),danger:!0,busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),p(!1)},children:[e("p",{children:c("deleteDeptBody")}),u.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[c("deptInUse"),e("br",{}),h("serverSays",{msg:u.error.serverMessage})]}),u.error&&u.error.code!=="CONFLICT"&&e($,{error:u.error})]})]})}function Zs({all:t,defaultParent:n,onDone:r}){let[o,i]=y(""),[d,l]=y("SECTION"),[a,f]=y(n),[m,p]=y(""),v=F(async()=>{let u=m.trim()===""?null:Number(m),P=await x(Gs,{input:{name:o,kind:d,parentId:a||null,position:u}});i(""),p(""),await r(c("addedDeptNotice",{name:P.createDepartment.name}),P.createDepartment.id)}),b=Ye(Ge(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:u=>{u.preventDefault(),v.run()},children:[e("h2",{id:"dept-add-title",children:c("newDepartment")}),e(w,{label:c("deptName"),required:!0,value:o,onInput:i,error:st(v.error,"name"),testid:"dept-add-name"}),e(R,{label:c("kind"),value:d,onChange:u=>l(u),options:Co(),testid:"dept-add-kind"}),e(R,{label:c("parent"),value:a,onChange:f,error:st(v.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:c("parentTop")},...b.map(u=>({value:u.dept.id,label:ot(u.dept.name,u.depth)}))]}),e(w,{label:c("position"),type:"number",value:m,onInput:p,help:c("positionHelp"),error:st(v.error,"position"),testid:"dept-add-position"}),e($,{error:v.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-add",children:c("add")})})]})}var ed=D(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),ko=20;function en({status:t}){return t==="OPEN"?e(j,{tone:"warning",icon:"●",children:c("inquiryOpen")}):e(j,{tone:"success",icon:"✓",children:c("inquiryClosed")})}function td(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Io({query:t}){let n=td(t),r=String(n),[o,i]=ze(r),d=N(ed,{first:ko,after:o,status:n});return e("section",{children:[e("h1",{children:c("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:l=>l.preventDefault(),children:e(R,{label:c("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:l=>ae("/desk/inquiries",{status:l==="OPEN"?void 0:l}),options:[{value:"OPEN",label:c("inquiryOpen")},{value:"CLOSED",label:c("inquiryClosed")},{value:"ALL",label:c("all")}]})}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:h("retry")}),e(X,{caption:c("inquiriesCaption"),testid:"inquiries",page:d.data?.inquiries,after:o,onAfter:i,resetKey:r,pageSize:ko,rowKey:l=>l.id,columns:[{header:c("receivedAt"),cell:l=>E(l.createdAt),class:"desk-nowrap"},{header:c("subject"),cell:l=>e("a",{href:O(`/desk/inquiries/${encodeURIComponent(l.id)}`,{status:t.get("status")??void 0}),children:l.subject})},{header:c("sender"),cell:l=>`${l.name}${l.affiliation?`（${l.affiliation}）`:""}`},{header:c("inquiryStatus"),cell:l=>e(en,{status:l.status})}]})]})}var nd=D(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),rd=D(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function $o({params:t,query:n}){let r=N(nd,{id:t.id}),o=Ne(),[i,d]=y(!1),[l,a]=y(""),f=F(async()=>{await x(rd,{id:t.id}),d(!1),a(c("inquiryClosedNotice")),await r.reload()}),m=e("p",{children:e("a",{href:O("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",c("backToInquiries")]})});if(r.error)return e("section",{children:[e("h1",{children:c("inquiryTitle")}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),m]});let p=r.data?.node;return r.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:c("inquiryTitle")}),e($,{error:new Q("NOT_FOUND","")}),m]}):e("section",{children:[m,e("h1",{children:[c("inquiryTitle"),": ",p.subject]}),e(U,{children:l}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:c("inquiryStatus")}),e("dd",{children:e(en,{status:p.status})}),e("dt",{children:c("receivedAt")}),e("dd",{children:E(p.createdAt)}),e("dt",{children:c("name")}),e("dd",{children:p.name}),e("dt",{children:c("affiliation")}),e("dd",{children:p.affiliation||c("noAffiliation")}),e("dt",{children:c("email")}),e("dd",{children:e("a",{href:`mailto:${p.email}?subject=${encodeURIComponent(`Re: ${p.subject}`)}`,"aria-label":`${c("replyByMail")}: ${p.email}`,children:p.email})}),e("dt",{children:c("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:c("subject")}),e("dd",{children:p.subject})]}),e("h2",{children:c("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),p.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>d(!0),"data-testid":"inquiry-close",children:c("closeInquiry")})}),e(re,{open:i,title:c("closeInquiryConfirm"),confirmLabel:c("closeInquiry"),busy:f.busy,onConfirm:()=>{f.run()},onCancel:()=>{f.clear(),d(!1)},children:[e("p",{children:c("closeInquiryBody",{subject:p.subject})}),e($,{error:f.error})]})]}):e(L,{label:h("loading")})}var id=D(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`),od=D(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);function Po(t){let n=N(id,{}),[r,o]=y(""),[i,d]=y("");Y(()=>{n.data&&o(n.data.municipality.itemUrlTemplate??"")},[n.data]);let l=F(async()=>{d(""),await x(od,{input:{itemUrlTemplate:r}}),d(ee("saved")),await n.reload()});if(!n.data)return e("section",{children:[e("h1",{children:ee("settingsTitle")}),n.error?e($,{error:n.error,onRetry:()=>{n.reload()},retryLabel:h("retry")}):e(L,{label:h("loading")})]});let a=new URL("../sitemap.xml?municipality="+encodeURIComponent(n.data.municipality.slug),location.href).href;return e("section",{children:[e("h1",{children:ee("settingsTitle")}),e("form",{onSubmit:f=>{f.preventDefault(),l.run()},children:[e(U,{children:i}),e($,{error:l.error}),e(w,{label:ee("itemUrlTemplate"),type:"url",value:r,onInput:o,help:ee("itemUrlTemplateHelp"),maxLength:500,testid:"field-item-url-template"}),n.data.municipality.itemUrlTemplate&&e("p",{class:"help",children:[ee("sitemapNote"),e("a",{href:a,target:"_blank",rel:"noopener noreferrer",children:a})]}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"save",children:ee("save")})})]})]})}var ad=D(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),sd=D(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),dd=D(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),So=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function dt(t){return c(`event${t}`)}function tn({active:t}){return t?e(j,{tone:"success",icon:"✓",children:c("active")}):e(j,{tone:"neutral",icon:"■",children:c("inactive")})}function ld(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function wo(){let t=N(ad,{}),n=Ne(),[r,o]=y(""),[i,d]=y(null),[l,a]=y(null),f=F(async p=>{await x(dd,{id:p.id}),a(null),d(null),o(c("deletedWebhookNotice",{url:p.url})),await t.reload()}),m=n("webhook","manage");return e("section",{children:[e("h1",{children:c("webhooksTitle")}),e("p",{children:c("webhooksIntro")}),e(U,{children:r}),i&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:c("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[c("secret"),": "]}),e("code",{children:i.secret})]}),e(I,{onClick:()=>d(null),children:h("close")})]}),e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:h("retry")}),!t.data&&!t.error&&e(L,{label:h("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:c("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("url")}),e("th",{scope:"col",children:c("events")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("createdAt")}),e("th",{scope:"col",children:c("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:h("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(dt).join("、")}),e("td",{children:e(tn,{active:p.active})}),e("td",{class:"desk-nowrap",children:E(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:O(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${c("deliveryLog")}: ${p.url}`,children:c("deliveryLog")}),m&&e(I,{variant:"danger","aria-label":`${c("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:c("deleteWebhook")})]})})]},p.id))]})]})}),m&&e(ud,{onDone:(p,v)=>{d({url:p,secret:v}),o(c("registeredNotice",{url:p})),t.reload()}}),e(re,{open:l!==null,title:l?c("deleteWebhookConfirm",{url:l.url}):"",confirmLabel:c("deleteWebhook"),danger:!0,busy:f.busy,onConfirm:()=>l&&void f.run(l),onCancel:()=>{f.clear(),a(null)},children:[e("p",{children:c("deleteWebhookBody")}),e($,{error:f.error})]})]})}function ud({onDone:t}){let[n,r]=y(""),[o,i]=y(["CONTENT_PUBLISHED"]),[d,l]=y(!1),a=F(async()=>{let m=ld(),p=await x(sd,{input:{url:n.trim(),events:o,secret:m}});r(""),t(p.registerWebhook.url,m)}),f=m=>a.error?.field===`input.${m}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:m=>{if(m.preventDefault(),o.length===0){l(!0);return}l(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:c("newWebhook")}),e(w,{label:c("url"),type:"url",required:!0,value:n,onInput:r,help:c("urlHelp"),error:f("url"),testid:"webhook-url",autocomplete:"off"}),e(J,{legend:c("events"),children:[So.map(m=>e(vt,{label:dt(m),checked:o.includes(m),testid:`webhook-event-${m}`,onChange:p=>i(p?So.filter(v=>v===m||o.includes(v)):o.filter(v=>v!==m))},m)),(d||f("events"))&&e("p",{class:"field-error",role:"alert",children:f("events")??c("chooseEvent")})]}),e($,{error:a.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:c("register")})})]})}var pd=D(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),xo=20,To=100;function cd({status:t}){let n={PENDING:["warning","…",c("deliveryPENDING")],DELIVERED:["success","✓",c("deliveryDELIVERED")],FAILED:["danger","×",c("deliveryFAILED")]},[r,o,i]=n[t]??["neutral","?",t];return e(j,{tone:r,icon:o,children:i})}function No({params:t}){let[n,r]=y(xo),o=N(pd,{first:n}),i=e("p",{children:e("a",{href:O("/desk/webhooks"),children:["← ",c("backToWebhooks")]})});if(o.error)return e("section",{children:[i,e("h1",{children:c("webhookTitle")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")})]});if(!o.data)return e(L,{label:h("loading")});let d=o.data.webhooks.find(a=>a.id===t.id);if(!d)return e("section",{children:[i,e("h1",{children:c("webhookTitle")}),e("p",{role:"alert",children:c("webhookMissing")})]});let l=d.deliveries;return e("section",{children:[i,e("h1",{children:[c("webhookTitle"),": ",e("span",{class:"desk-break",children:d.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:c("events")}),e("dd",{children:d.events.map(dt).join("、")}),e("dt",{children:c("status")}),e("dd",{children:e(tn,{active:d.active})}),e("dt",{children:c("createdAt")}),e("dd",{children:E(d.createdAt)})]}),e("h2",{children:c("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:c("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("queuedAt")}),e("th",{scope:"col",children:c("event")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("attempts")}),e("th",{scope:"col",children:c("lastStatusCode")}),e("th",{scope:"col",children:c("lastError")}),e("th",{scope:"col",children:c("nextAttemptAt")}),e("th",{scope:"col",children:c("deliveredAt")})]})}),e("tbody",{children:[l.length===0&&e("tr",{children:e("td",{colSpan:8,children:h("empty")})}),l.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:E(a.createdAt)}),e("td",{children:dt(a.event)}),e("td",{children:e(cd,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?c("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?E(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?E(a.deliveredAt):"—"})]},a.id))]})]})}),l.length>=n&&n<To&&e("div",{class:"actions",children:e(I,{onClick:()=>r(Math.min(n+xo,To)),busy:o.loading,"data-testid":"deliveries-more",children:c("showMore")})})]})}var _o=[{path:"/desk/inquiries/:id",component:$o,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Io,nav:{label:()=>c("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:po,nav:{label:()=>c("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:vo,nav:{label:()=>c("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:No,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:wo,nav:{label:()=>c("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:bo,nav:{label:()=>c("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/settings",component:Po,nav:{label:()=>ee("navSettings"),order:350},permission:{resource:"municipality",action:"update"}}];var rt=[{path:"/",component:vi,nav:{label:()=>h("home"),order:0}},...Mi,...ao,..._o];function Mo(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:h("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",h("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:h("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(nn,{}),e(I,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:h("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":h("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:O(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function nn(){let t=ge()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${h("language")}: ${h("switchLang")}`,onClick:()=>En(t),"data-testid":"lang-toggle",children:h("switchLang")})}var md=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Eo({notice:t}){let[n,r]=y(""),[o,i]=y(""),[d,l]=y(""),a=F(async()=>{let f=await x(md,{email:n,password:o},{municipality:d.trim()||void 0});Le(f.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(nn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:h("appName")}),e("h2",{children:h("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:h("loginFailed")}):e($,{error:a.error}),e("form",{onSubmit:f=>{f.preventDefault(),a.run()},children:[e(w,{label:h("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(w,{label:h("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:i,testid:"login-password"}),e(w,{label:h("municipality"),help:h("municipalityHelp"),value:d,onInput:l,autocomplete:"off",testid:"login-municipality"}),e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?h("signingIn"):h("signIn")})]})]})]})}var gd=D(`
  mutation Logout {
    logout
  }
`);async function fd(){try{await x(gd,{})}finally{Le(null)}}function yd(){let[,t]=y(0),[n,r]=y(qe()!==null),[o,i]=y(!1);return Y(()=>Rn(()=>t(d=>d+1)),[]),Y(()=>On(d=>{i(!d&&n),r(d)}),[n]),n?e(hd,{}):e(Eo,{notice:o?h("errUnauthenticated"):void 0})}function hd(){let t=N(Ci,{}),[n,r]=y(!1),o=bi(),i=()=>{r(!0),fd().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:h("retry")}),e(I,{onClick:i,children:h("signOut")})]});if(!t.data)return e(L,{label:h("loading")});let d=t.data.me;if(!d||d.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:h("proposerOnly")}),e(I,{onClick:i,children:h("signOut")})]});let l={me:d,municipality:t.data.municipality,permissions:t.data.permissions},a=rt.filter(p=>p.nav&&ie(l,p.permission)).sort((p,v)=>p.nav.order-v.nav.order).map(p=>({path:p.path,label:p.nav.label()})),f=Di(rt,o.path),m;if(!f||!ie(l,f.route.permission))m=e("section",{children:[e("h1",{children:h("notFound")}),e("p",{children:e("a",{href:"#/",children:h("backHome")})})]});else{let p=f.route.component;m=e(p,{params:f.params,query:o.query},o.path)}return e(Wt.Provider,{value:l,children:e(Mo,{viewer:l,nav:a,current:o.path,onSignOut:i,signingOut:n,children:m})})}document.documentElement.lang=ge();yn(e(yd,{}),document.getElementById("app"));
